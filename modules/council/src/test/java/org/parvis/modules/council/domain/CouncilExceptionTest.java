package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CouncilExceptionTest {

  @Test
  void aRefusalIsReadInTheMembersLanguageWithItsArguments() {
    var full = new CouncilException("refusal.college.full", 2, "Citoyens");
    assertEquals("les 2 sièges du collège Citoyens sont occupés", full.reason(Locale.FRENCH));
    assertEquals("all 2 seats of college Citoyens are taken", full.reason(Locale.ENGLISH));
    assertEquals(full.reason(Locale.ENGLISH), full.getMessage());
  }
}
