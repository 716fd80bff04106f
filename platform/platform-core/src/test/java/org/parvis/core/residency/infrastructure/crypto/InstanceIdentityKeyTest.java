package org.parvis.core.residency.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parvis.spi.problem.ProblemException;

class InstanceIdentityKeyTest {

  @BeforeEach
  void noKeyFromTheEnvironment() {
    assumeTrue(System.getenv("PARVIS_IDENTITY_KEY") == null);
  }

  @AfterEach
  void clear() {
    System.clearProperty(InstanceIdentityKey.PROPERTY);
  }

  @Test
  void withoutAKeyVerificationIsClosedWithA503() {
    var problem = assertThrows(ProblemException.class, () -> new InstanceIdentityKey().hashing());
    assertEquals(503, problem.status());
    assertEquals("urn:parvis:problem:identity-key-missing", problem.type());
  }

  @Test
  void aShortKeyCountsAsNoKey() {
    System.setProperty(InstanceIdentityKey.PROPERTY, "too-short");
    assertEquals(503,
        assertThrows(ProblemException.class, () -> new InstanceIdentityKey().hashing()).status());
  }

  @Test
  void aLongEnoughKeyIsUsed() {
    System.setProperty(InstanceIdentityKey.PROPERTY, "x".repeat(32));
    assertNotNull(new InstanceIdentityKey().hashing());
  }
}
