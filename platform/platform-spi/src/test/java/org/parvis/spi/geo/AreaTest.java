package org.parvis.spi.geo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parvis.spi.problem.ProblemException;

class AreaTest {

  private static final Area GRENOBLE = new Area(45.15, 5.67, 45.22, 5.76);

  @Test
  void aPointInTheCommuneIsInsideOneElsewhereIsNot() {
    assertTrue(GRENOBLE.contains(45.1885, 5.7245), "place Grenette");
    assertTrue(GRENOBLE.contains(45.15, 5.67), "the bounds belong to the area");
    assertFalse(GRENOBLE.contains(5.7245, 45.1885), "latitude and longitude swapped: Somalia");
    assertFalse(GRENOBLE.contains(48.8566, 2.3522), "Paris");
  }

  @Test
  void aPointOutsideIsRefusedOnTheFieldNamedAndAMissingCoordinateIsNotChecked() {
    ProblemException refused = assertThrows(ProblemException.class,
        () -> GRENOBLE.requireInside(48.8566, 2.3522, "latitude"));
    assertEquals(Area.OUTSIDE, refused.type());
    assertEquals(4, refused.status() / 100, "a client error");
    Object errors = refused.extensions().get("errors");
    assertEquals("latitude", ((Map<?, ?>) ((List<?>) errors).get(0)).get("field"));
    assertDoesNotThrow(() -> GRENOBLE.requireInside(null, null, "latitude"));
    assertDoesNotThrow(() -> GRENOBLE.requireInside(45.19, 5.72, "latitude"));
  }

  @Test
  void anAreaIsWrittenAndReadAsFourNumbersAndNonsenseIsNoArea() {
    assertEquals("45.15,5.67,45.22,5.76", GRENOBLE.text());
    assertEquals(Optional.of(GRENOBLE), Area.parse(" 45.15, 5.67 ,45.22,5.76"));
    assertEquals(Optional.empty(), Area.parse(""));
    assertEquals(Optional.empty(), Area.parse("45.22,5.67,45.15,5.76"), "south above north");
    assertEquals(Optional.empty(), Area.parse("45.15,5.67,45.22"));
    assertEquals(Optional.empty(), Area.parse("nord,sud,est,ouest"));
    assertThrows(IllegalArgumentException.class, () -> new Area(45, 5.8, 46, 5.7));
    assertThrows(IllegalArgumentException.class, () -> new Area(-91, 5, 46, 6));
  }
}
