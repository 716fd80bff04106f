package org.parvis.core.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandColorTest {

  @Test
  void contrastRatiosAreWcags() {
    assertEquals(21.0, BrandColor.contrastWithWhite("#000000"), 0.01);
    assertEquals(1.0, BrandColor.contrastWithWhite("#FFFFFF"), 0.01);
    // reference values from the WebAIM contrast checker
    assertEquals(4.54, BrandColor.contrastWithWhite("#767676"), 0.01);
    assertEquals(4.48, BrandColor.contrastWithWhite("#777777"), 0.01);
    assertEquals(4.0, BrandColor.contrastWithWhite("#ff0000"), 0.01);
  }

  @Test
  void whiteTextNeedsAaContrast() {
    assertTrue(BrandColor.readableWithWhiteText("#767676"), "4.54:1");
    assertFalse(BrandColor.readableWithWhiteText("#777777"), "4.48:1");
    assertFalse(BrandColor.readableWithWhiteText("#ffd700"), "gold");
    // the demo tenants' colours and the platform's own
    for (String colour : new String[] {"#b3261e", "#1d4e89", "#5b2a86", "#1f3a5f"}) {
      assertTrue(BrandColor.readableWithWhiteText(colour), colour);
    }
  }

  @Test
  void onlyHexColoursAreColours() {
    assertEquals(Optional.of("#1d4e89"), BrandColor.parse(" #1D4E89 "));
    assertEquals(Optional.empty(), BrandColor.parse("red"));
    assertEquals(Optional.empty(), BrandColor.parse("#fff"));
    assertEquals(Optional.empty(), BrandColor.parse(null));
    assertThrows(IllegalArgumentException.class, () -> BrandColor.contrastWithWhite("blue"));
  }
}
