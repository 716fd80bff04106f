package org.parvis.core.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.spi.geo.Area;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;

class HomeEditPageTest {

  private static Form posted(String south, String west, String north, String east) {
    var values = new MultivaluedHashMap<String, String>();
    values.add("areaSouth", south);
    values.add("areaWest", west);
    values.add("areaNorth", north);
    values.add("areaEast", east);
    return Form.of(values);
  }

  private static List<String> refused(Form form) {
    return form.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void fourBoundsMakeAnAreaADecimalCommaAccepted() {
    Form form = posted("45,15", "5.67", "45.22", "5,76");
    assertEquals(new Area(45.15, 5.67, 45.22, 5.76), HomeEditPage.area(form));
    assertTrue(form.isValid());
  }

  @Test
  void noBoundIsNoAreaAndSomeBoundsAreRefused() {
    Form none = posted("", " ", "", "");
    assertNull(HomeEditPage.area(none));
    assertTrue(none.isValid());
    Form some = posted("45.15", "", "45.22", "");
    assertNull(HomeEditPage.area(some));
    assertEquals(List.of("areaWest", "areaEast"), refused(some));
  }

  @Test
  void wordsAndUpsideDownBoxesAreRefusedOnTheirField() {
    Form words = posted("45.15", "cinq", "45.22", "5.76");
    assertNull(HomeEditPage.area(words));
    assertEquals(List.of("areaWest"), refused(words));
    Form upsideDown = posted("45.22", "5.67", "45.15", "5.76");
    assertNull(HomeEditPage.area(upsideDown));
    assertEquals(List.of("areaSouth"), refused(upsideDown));
  }
}
