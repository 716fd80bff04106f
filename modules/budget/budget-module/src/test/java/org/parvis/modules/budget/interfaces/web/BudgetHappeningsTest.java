package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class BudgetHappeningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final Texts FR = Texts.of("messages.budget", "fr");

  /** An edition whose phases start {@code start} days from now, 10 days apart. */
  private static Edition edition(String title, int start) {
    Instant t = NOW.plus(DAY.multipliedBy(start));
    return new Edition(title, "greedy", new BallotRules(BallotKind.APPROVAL, 3, 1, 0, 0), new Calendar(t,
        t.plus(DAY.multipliedBy(10)), t.plus(DAY.multipliedBy(20)), t.plus(DAY.multipliedBy(30)),
        t.plus(DAY.multipliedBy(40))));
  }

  @Test
  void anOpenVoteWaitsForAResidentWhoHasNotVotedAndResultsShowOncePublished() {
    Edition voting = edition("Budget participatif 2026", -25);
    Edition past = edition("Budget participatif 2025", -365);
    Edition unpublished = edition("Budget participatif 2024", -700);
    List<Happening> items = BudgetHappenings.items(List.of(voting, past, unpublished),
        id -> !id.equals(unpublished.id()), id -> true, NOW, FR);
    assertEquals(List.of(Kind.OPEN_NOW, Kind.WAITING_FOR_YOU, Kind.RESULT),
        items.stream().map(Happening::kind).toList());
    assertEquals(voting.calendar().voteCloses(), items.get(0).at());
    assertEquals("/budget/" + voting.id() + "/ballot", items.get(1).path());
    assertEquals("Votez : Budget participatif 2026", items.get(1).title());
    assertEquals("/budget/" + past.id() + "/results", items.get(2).path());

    assertEquals(1, BudgetHappenings.items(List.of(voting), id -> true, id -> false, NOW, FR).size());
  }

  @Test
  void ideasBeingCollectedAreOpenAndWhatComesNextIsUpcoming() {
    Edition ideas = edition("Idées pour 2027", -2);
    Edition coming = edition("Budget des jeunes", 5);
    Edition review = edition("Budget des quartiers", -15);
    List<Happening> items = BudgetHappenings.items(List.of(ideas, coming, review), id -> false, id -> true, NOW, FR);
    assertEquals(List.of(Kind.OPEN_NOW, Kind.UPCOMING, Kind.UPCOMING), items.stream().map(Happening::kind).toList());
    assertEquals(ideas.calendar().reviewOpens(), items.get(0).at());
    assertEquals(coming.calendar().submissionOpens(), items.get(1).at());
    assertEquals(review.calendar().voteOpens(), items.get(2).at());
  }
}
