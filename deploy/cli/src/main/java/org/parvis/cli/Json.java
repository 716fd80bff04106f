package org.parvis.cli;

/** Just enough JSON writing for the command line's output. */
final class Json {
  private Json() {}

  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    // Probabilities are exact to about 1e-9; print 10 decimals without float noise.
    String s = new java.math.BigDecimal(d).setScale(10, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
