package org.parvis.modules.convention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.sortition.Lottery;

class ConventionTest {

  private static final QuotaPlan PLAN = new QuotaPlan(List.of(
      new QuotaBand("gender", "female", 1, 2), new QuotaBand("gender", "male", 1, 2)));

  private static final String POOL_HASH = "a".repeat(64);

  private static PublishedLottery lottery(String poolHash, String... panels) {
    StringBuilder s = new StringBuilder("parvis-lottery/1\npool\t" + poolHash + "\npanels\t"
        + panels.length + "\n");
    for (String p : panels) {
      s.append(p).append('\n');
    }
    return new PublishedLottery(s.toString());
  }

  private static Convention convention() {
    Convention c = new Convention("Climat", "Que faire ?", 3, PLAN, true);
    c.setLotterySize(3);
    return c;
  }

  @Test
  void theCeremonyGoesFromRecruitmentToTheSeatedPanelInOrder() {
    Convention c = convention();
    assertEquals(ConventionStatus.DRAFT, c.status());
    c.openRecruitment();
    c.freeze(POOL_HASH);
    PublishedLottery published = lottery(POOL_HASH, "1,2,3", "1,2,4", "2,3,4");
    c.publish(published, 0.01);
    assertEquals(ConventionStatus.PUBLISHED, c.status());

    List<String> panel = c.draw("12 19 23 31 44");

    int index = Lottery.drawIndex(published.hash(), "12 19 23 31 44", 3);
    assertEquals(published.panel(index), panel);
    assertEquals(index, c.drawnIndex().orElseThrow());
    assertEquals(published.hash(), c.lotteryHash().orElseThrow());
    assertEquals(ConventionStatus.SEATED, c.status());
  }

  @Test
  void noStepCanBeSkippedOrRepeated() {
    Convention c = convention();
    assertThrows(ConventionStateException.class, () -> c.freeze(POOL_HASH));
    c.openRecruitment();
    assertThrows(ConventionStateException.class, () -> c.draw("seed"));
    assertThrows(ConventionStateException.class, () -> c.publish(lottery(POOL_HASH, "1,2,3"), 0));
    c.freeze(POOL_HASH);
    assertThrows(ConventionStateException.class, () -> c.openRecruitment());
    assertThrows(ConventionStateException.class, () -> c.draw("seed"));
    c.publish(lottery(POOL_HASH, "1,2,3", "1,2,4", "2,3,4"), 0);
    c.draw("seed");
    assertThrows(ConventionStateException.class, () -> c.draw("another seed"));
  }

  @Test
  void aLotteryOfAnotherPoolOrSizeIsNotPublished() {
    Convention c = convention();
    c.openRecruitment();
    c.freeze(POOL_HASH);
    assertThrows(ConventionStateException.class,
        () -> c.publish(lottery("b".repeat(64), "1,2,3", "1,2,4", "2,3,4"), 0));
    assertThrows(ConventionStateException.class, () -> c.publish(lottery(POOL_HASH, "1,2,3"), 0));
    assertEquals(ConventionStatus.FROZEN, c.status());
  }

  @Test
  void onceVolunteersAnsweredOnlyTheBandsMayChangeAndNotAfterPublication() {
    Convention c = convention();
    c.openRecruitment();
    QuotaPlan otherQuestions = new QuotaPlan(List.of(new QuotaBand("age", "young", 1, 3),
        new QuotaBand("age", "old", 0, 3)));
    assertThrows(ConventionStateException.class, () -> c.resize(3, otherQuestions));
    QuotaPlan relaxed = new QuotaPlan(List.of(new QuotaBand("gender", "female", 0, 3),
        new QuotaBand("gender", "male", 0, 3)));
    c.freeze(POOL_HASH);
    c.resize(3, relaxed);
    assertEquals(relaxed, c.quotas());
    assertEquals(java.util.Optional.empty(), c.poolHash());
    c.rehash(POOL_HASH);
    c.publish(lottery(POOL_HASH, "1,2,3", "1,2,4", "2,3,4"), 0);
    assertThrows(ConventionStateException.class, () -> c.resize(3, PLAN));
  }

  @Test
  void theCalendarKeepsItsOrder() {
    Convention c = convention();
    LocalDate d = LocalDate.of(2027, 3, 1);
    c.schedule(d, d.plusDays(30), d.plusDays(40));
    assertThrows(IllegalArgumentException.class, () -> c.schedule(d, d.minusDays(1), null));
    assertThrows(IllegalArgumentException.class,
        () -> c.schedule(d, d.plusDays(30), d.plusDays(10)));
  }
}
