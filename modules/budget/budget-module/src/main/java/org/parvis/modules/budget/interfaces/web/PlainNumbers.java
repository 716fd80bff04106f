package org.parvis.modules.budget.interfaces.web;

import java.util.regex.Pattern;

/**
 * Numbers typed into the budget's forms, read as plain ASCII digits of bounded length: a whole
 * number has at most 18 digits (so it always fits in a {@code long}), a coordinate at most 3
 * digits before the point and 15 after. Exponents, other scripts' digits, hexadecimal floats,
 * {@code NaN} and {@code Infinity} are not numbers here. Anything else throws
 * {@link NumberFormatException}, which the forms already answer.
 */
final class PlainNumbers {

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern COORDINATE = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?");

  private PlainNumbers() {}

  static long whole(String text) {
    if (!WHOLE.matcher(text).matches()) {
      throw new NumberFormatException("not a whole number in plain digits");
    }
    return Long.parseLong(text);
  }

  static int wholeInt(String text) {
    long value = whole(text);
    if (value != (int) value) {
      throw new NumberFormatException("out of range");
    }
    return (int) value;
  }

  static double coordinate(String text) {
    if (!COORDINATE.matcher(text).matches()) {
      throw new NumberFormatException("not a coordinate in plain digits");
    }
    return Double.parseDouble(text);
  }
}
