package org.parvis.spi.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

  /**
   * A 400 naming each invalid field: {@code errors} is a list of {@code {field, message}}, and the
   * detail repeats them in one sentence after {@code context}.
   */
  public static ProblemException invalidFields(
      String type, String context, List<Map<String, String>> errors) {
    String fields = errors.stream()
        .map(e -> "'" + e.get("field") + "' " + e.get("message"))
        .collect(Collectors.joining("; "));
    return badRequest(type, context + ": " + fields, Map.of("errors", List.copyOf(errors)));
  }

  /** A 400 about one field. */
  public static ProblemException invalidField(String type, String field, String message) {
    return invalidFields(type, "Invalid request", List.of(Map.of("field", field, "message", message)));
  }

  /** No identity: the API answers 401, a portal page sends the visitor to sign in and back. */
  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "about:blank", "Unauthorized", detail, Map.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "about:blank", "Forbidden", detail);
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(409, type, "Conflict", detail);
  }

  /**
   * A 429: the caller used up a limit; {@code retryAfter} (seconds) is also sent as the {@code
   * Retry-After} header.
   */
  public static ProblemException tooManyRequests(String type, String detail, long retryAfterSeconds) {
    return new ProblemException(429, type, "Too Many Requests", detail,
        Map.of(RETRY_AFTER, retryAfterSeconds));
  }

  /** The extension, in seconds, that the platform also answers as the {@code Retry-After} header. */
  public static final String RETRY_AFTER = "retryAfter";

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
