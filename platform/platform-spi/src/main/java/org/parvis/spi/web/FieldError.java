package org.parvis.spi.web;

import java.util.List;

/**
 * Why one field of a form (or the whole form, when {@code field} is empty) was refused: a message key with its
 * arguments, looked up in the module's bundle and then in the platform's; or, for a refusal that carries no key
 * (a problem raised by domain code), its detail as it was written.
 *
 * @param field the form field, or {@code ""} for the form as a whole
 * @param key the message key, or {@code null} when only {@code detail} is known
 * @param arguments the message's arguments
 * @param detail the text to show when the key is unknown to both bundles
 */
public record FieldError(String field, String key, List<Object> arguments, String detail) {

  public FieldError {
    field = field == null ? "" : field;
    arguments = List.copyOf(arguments);
  }

  /** A refusal by message key. */
  public static FieldError of(String field, String key, Object... arguments) {
    return new FieldError(field, key, List.of(arguments), key);
  }
}
