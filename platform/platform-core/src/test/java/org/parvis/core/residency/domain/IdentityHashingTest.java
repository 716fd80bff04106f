package org.parvis.core.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityHashingTest {

  private static final UUID TENANT_A = UUID.fromString("11111111-1111-1111-1111-111111111111");
  private static final UUID TENANT_B = UUID.fromString("22222222-2222-2222-2222-222222222222");
  private static final PersonIdentity PAUL =
      new PersonIdentity("Martin", "Paul", LocalDate.of(1990, 1, 2));

  private final IdentityHashing hashing = new IdentityHashing(key("k"));

  @Test
  void isHmacSha256AsInRfc4231() {
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);
    assertEquals(
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        new IdentityHashing(key)
            .hmacHex("Test Using Larger Than Block-Size Key - Hash Key First"));
  }

  @Test
  void theSameIdentityHashesAlikeWithinATenantWhateverItsSpelling() {
    var typed = new PersonIdentity("MARTIN", " paul ", LocalDate.of(1990, 1, 2));
    assertEquals(hashing.identityHash(TENANT_A, PAUL), hashing.identityHash(TENANT_A, typed));
    assertTrue(hashing.identityHash(TENANT_A, PAUL).matches("[0-9a-f]{64}"));
  }

  @Test
  void hashesDependOnTheTenantAndTheKey() {
    assertNotEquals(hashing.identityHash(TENANT_A, PAUL), hashing.identityHash(TENANT_B, PAUL));
    assertNotEquals(
        hashing.identityHash(TENANT_A, PAUL),
        new IdentityHashing(key("other")).identityHash(TENANT_A, PAUL));
  }

  @Test
  void codesAreComparedWithoutSeparatorsOrCase() {
    assertEquals(
        hashing.codeHash(TENANT_A, "ABCD-EFGH-JKMN"), hashing.codeHash(TENANT_A, "abcd efghjkmn"));
    assertNotEquals(
        hashing.codeHash(TENANT_A, "ABCD-EFGH-JKMN"), hashing.codeHash(TENANT_B, "ABCD-EFGH-JKMN"));
  }

  @Test
  void shortKeysAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new IdentityHashing("short".getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] key(String seed) {
    return (seed + "-0123456789abcdef0123456789abcdef").getBytes(StandardCharsets.UTF_8);
  }
}
