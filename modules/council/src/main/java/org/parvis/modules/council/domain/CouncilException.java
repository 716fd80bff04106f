package org.parvis.modules.council.domain;

import java.util.Locale;
import org.parvis.spi.i18n.Texts;

/**
 * A step the council's rules do not allow now (answered as a 409). It names the reason by a key of
 * the module's bundle ({@code refusal.*} in {@code messages/council_{fr,en}.properties}) with its
 * arguments, so that members read it in their language; {@link #getMessage()} is the English text.
 */
public class CouncilException extends RuntimeException {

  private final String key;
  private final transient Object[] arguments;

  public CouncilException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** The reason in the given language. */
  public String reason(Locale locale) {
    return Texts.of("messages.council", locale).get(key, arguments);
  }

  @Override
  public String getMessage() {
    return reason(Locale.ENGLISH);
  }

  public String key() {
    return key;
  }
}
