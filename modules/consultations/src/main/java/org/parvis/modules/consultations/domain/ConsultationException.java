package org.parvis.modules.consultations.domain;

/**
 * A refusal by the domain: {@code code} names the rule (a bundle key suffix), {@code field} what it is about (a
 * question id, or a consultation field), when known.
 */
public class ConsultationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;

  public ConsultationException(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
