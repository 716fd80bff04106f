package org.parvis.core.residency.application;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeIssuanceTest {

  @Test
  void codesAreGroupsOfUnambiguousCharacters() {
    String code = CodeIssuance.newCode();
    assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
    assertNotEquals(code, CodeIssuance.newCode());
  }
}
