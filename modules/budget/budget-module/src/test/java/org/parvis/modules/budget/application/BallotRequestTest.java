package org.parvis.modules.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key is bound to what its request asked: any other request hashes differently. */
class BallotRequestTest {

  private static final UUID EDITION = UUID.randomUUID();
  private static final UUID CITY = UUID.randomUUID();
  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();

  private static String hash(UUID envelope, String voter, Map<UUID, Long> points) {
    return BallotRequest.hash(EDITION, envelope, voter, points);
  }

  @Test
  void theSameRequestHashesTheSameWhateverTheOrderOfItsChoices() {
    Map<UUID, Long> ab = new LinkedHashMap<>();
    ab.put(A, 2L);
    ab.put(B, 1L);
    Map<UUID, Long> ba = new LinkedHashMap<>();
    ba.put(B, 1L);
    ba.put(A, 2L);
    assertEquals(hash(CITY, "person:k", ab), hash(CITY, "person:k", ba));
  }

  @Test
  void anotherEnvelopeVoterOrChoiceIsAnotherRequest() {
    String original = hash(CITY, "person:k", Map.of(A, 1L));
    assertNotEquals(original, hash(UUID.randomUUID(), "person:k", Map.of(A, 1L)));
    assertNotEquals(original, hash(CITY, "person:other", Map.of(A, 1L)));
    assertNotEquals(original, hash(CITY, "person:k", Map.of(B, 1L)));
    assertNotEquals(original, hash(CITY, "person:k", Map.of(A, 2L)));
    assertNotEquals(original, hash(CITY, "person:k", Map.of(A, 1L, B, 1L)));
  }
}
