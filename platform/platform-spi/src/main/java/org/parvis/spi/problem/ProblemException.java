package org.parvis.spi.problem;

import java.util.Map;

/**
 * An error to answer as {@code application/problem+json} (RFC 9457). Throw it from any layer; the
 * platform maps it, and the transaction it is thrown through is rolled back.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final Map<String, Object> extensions;

  public ProblemException(int status, String type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public ProblemException(
      int status, String type, String title, String detail, Map<String, Object> extensions) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.extensions = Map.copyOf(extensions);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "about:blank", "Not Found", detail);
  }

  public static ProblemException badRequest(String type, String detail, Map<String, Object> ext) {
    return new ProblemException(400, type, "Bad Request", detail, ext);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "about:blank", "Forbidden", detail);
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(409, type, "Conflict", detail);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
