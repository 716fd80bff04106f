package org.parvis.core.portal.views;

import java.util.function.Supplier;

/**
 * The anti-forgery token as a template prints it: asked for only when a form is actually rendered, so that a page
 * without a form opens no session.
 */
public final class FormToken {

  private final Supplier<String> source;
  private String value;

  public FormToken(Supplier<String> source) {
    this.source = source;
  }

  @Override
  public String toString() {
    if (value == null) {
      value = source.get();
    }
    return value;
  }
}
