package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatDrawTest {

  private final UUID citizens = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private final UUID youth = UUID.fromString("00000000-0000-0000-0000-000000000002");

  private List<CouncilCandidate> pool() {
    List<CouncilCandidate> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(new CouncilCandidate("s" + i, "P" + i, null, i % 3 == 0 ? youth : citizens,
          Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
    }
    return pool;
  }

  @Test
  void eachCollegeGetsExactlyItsOpenSeatsAndTheSameSeedGivesTheSameDraw() {
    var pool = pool();
    var open = Map.of(citizens, 3, youth, 2);
    var first = SeatDraw.draw(open, pool, "2026-05-01 loto 7 12 33");
    assertEquals(3, first.drawn().stream().filter(c -> c.collegeId().equals(citizens)).count());
    assertEquals(2, first.drawn().stream().filter(c -> c.collegeId().equals(youth)).count());
    var again = SeatDraw.draw(open, pool, "2026-05-01 loto 7 12 33");
    assertEquals(first.drawn(), again.drawn());
    assertEquals(first.poolHash(), again.poolHash());
    assertEquals(64, first.poolHash().length());
  }

  @Test
  void anotherSeedGivesAnotherDrawSomeday() {
    var pool = pool();
    var open = Map.of(citizens, 2);
    var base = SeatDraw.draw(open, pool, "seed-0").drawn();
    boolean differs = false;
    for (int i = 1; i < 20 && !differs; i++) {
      differs = !SeatDraw.draw(open, pool, "seed-" + i).drawn().equals(base);
    }
    assertTrue(differs, "twenty seeds all gave the same draw");
  }

  @Test
  void aPoolSmallerThanTheOpenSeatsIsRefused() {
    assertThrows(CouncilException.class, () -> SeatDraw.draw(Map.of(youth, 5), pool(), "s"));
    assertThrows(CouncilException.class, () -> SeatDraw.draw(Map.of(youth, 0), pool(), "s"));
    assertThrows(CouncilException.class, () -> SeatDraw.draw(Map.of(youth, 1), pool(), " "));
  }
}
