package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainNumbersTest {

  @Test
  void wholeNumbersArePlainBoundedDigits() {
    assertEquals(15000, PlainNumbers.whole("15000"));
    assertEquals(-3, PlainNumbers.whole("-3"));
    for (String bad : new String[] {"1.5", "1e3", "1e300000000", "\u0661\u0662", "+5", "",
        "9".repeat(19), "9".repeat(100_000), "0x10"}) {
      assertThrows(NumberFormatException.class, () -> PlainNumbers.whole(bad), bad);
    }
    assertThrows(NumberFormatException.class, () -> PlainNumbers.wholeInt("3000000000"));
  }

  @Test
  void coordinatesArePlainDecimalsWithoutExponentOrSpecialValues() {
    assertEquals(45.19, PlainNumbers.coordinate("45.19"));
    assertEquals(-5.5, PlainNumbers.coordinate("-5.5"));
    for (String bad : new String[] {"NaN", "Infinity", "1e300000000", "0x1p3", "4519.0", "45."}) {
      assertThrows(NumberFormatException.class, () -> PlainNumbers.coordinate(bad), bad);
    }
  }
}
