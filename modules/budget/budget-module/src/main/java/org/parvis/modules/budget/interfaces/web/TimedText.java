package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.function.Function;

/** A message whose argument is a {@code <time>} element: the text is escaped, the element is not. */
final class TimedText {

  private static final String SLOT = "\uE000";

  private TimedText() {}

  /** {@code text} of {@code SLOT} (e.g. {@code k -> m.get("key", k)}) with the slot replaced by {@code timeHtml}. */
  static String of(Function<String, String> text, String timeHtml) {
    return escape(text.apply(SLOT)).replace(SLOT, timeHtml);
  }
}
