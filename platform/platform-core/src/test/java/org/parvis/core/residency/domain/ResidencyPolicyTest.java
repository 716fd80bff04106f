package org.parvis.core.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidencyPolicyTest {

  @Test
  void theMinimumAgeIsReachedOnTheBirthday() {
    var policy = new ResidencyPolicy(Set.of(VerificationMethod.CENSUS));
    assertTrue(policy.oldEnough(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 7)), "no minimum by default");
    policy.requireAge(16);
    assertEquals(16, policy.minimumAge());
    assertTrue(policy.oldEnough(LocalDate.of(2010, 12, 7), LocalDate.of(2026, 12, 7)));
    assertFalse(policy.oldEnough(LocalDate.of(2010, 12, 8), LocalDate.of(2026, 12, 7)));
    assertFalse(policy.oldEnough(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 12, 7)), "born in the future");
  }

  @Test
  void theMinimumAgeIsAWholeNumberFrom0To120() {
    var policy = new ResidencyPolicy(Set.of());
    assertThrows(IllegalArgumentException.class, () -> policy.requireAge(-1));
    assertThrows(IllegalArgumentException.class, () -> policy.requireAge(121));
    policy.requireAge(120);
    assertEquals(120, policy.minimumAge());
  }
}
