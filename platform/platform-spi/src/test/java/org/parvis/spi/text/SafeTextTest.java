package org.parvis.spi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void ordinaryTextInAnyScriptPasses() {
    assertTrue(SafeText.isSafe("Fête de l'été — 20 € 🎉 مرحبا", false));
  }

  @Test
  void nulIsRefusedEverywhere() {
    assertEquals(Optional.of("must not contain the control character U+0000"),
        SafeText.problem("a\u0000b", true));
    assertFalse(SafeText.isSafe("a\u0000b", false));
  }

  @Test
  void otherControlCharactersAreRefusedEverywhere() {
    assertFalse(SafeText.isSafe("bell\u0007", true));
    assertFalse(SafeText.isSafe("esc\u001b[31m", true));
    assertFalse(SafeText.isSafe("c1\u0085", true));
    assertFalse(SafeText.isSafe("del\u007f", true));
  }

  @Test
  void lineBreaksAndTabsOnlyInMultiLineText() {
    assertTrue(SafeText.isSafe("line one\r\nline two\tend", true));
    assertFalse(SafeText.isSafe("Subject\r\nBcc: victim@example.org", false));
    assertFalse(SafeText.isSafe("a\tb", false));
    assertTrue(SafeText.problem("a\nb", false).orElseThrow().contains("one line"));
  }

  @Test
  void bidirectionalOverridesAndIsolatesAreRefused() {
    for (char c : new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
        '\u2066', '\u2067', '\u2068', '\u2069'}) {
      assertFalse(SafeText.isSafe("report " + c + "gnp.exe", true), Integer.toHexString(c));
    }
  }

  @Test
  void loneSurrogatesAreRefusedButPairsPass() {
    assertFalse(SafeText.isSafe("x\ud83c", true));
    assertFalse(SafeText.isSafe("\udf89x", true));
    assertTrue(SafeText.isSafe("\ud83c\udf89", false));
  }

  @Test
  void nullIsNotThisRulesBusiness() {
    assertTrue(SafeText.isSafe(null, false));
  }
}
