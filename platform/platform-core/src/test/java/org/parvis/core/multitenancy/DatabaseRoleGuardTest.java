package org.parvis.core.multitenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseRoleGuardTest {

  @Test
  void anOrdinaryRoleMayRun() {
    assertEquals(Optional.empty(), DatabaseRoleGuard.refusal("parvis", false, false));
  }

  @Test
  void aSuperuserOrABypassRlsRoleIsRefused() {
    assertTrue(DatabaseRoleGuard.refusal("postgres", true, false).orElseThrow().contains("superuser"));
    assertTrue(DatabaseRoleGuard.refusal("parvis", false, true).orElseThrow().contains("BYPASSRLS"));
    assertTrue(DatabaseRoleGuard.refusal("postgres", true, true).isPresent());
  }
}
