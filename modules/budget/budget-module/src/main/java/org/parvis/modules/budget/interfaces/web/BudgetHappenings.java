package org.parvis.modules.budget.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/**
 * Participatory budgets on the home page: ideas being collected, a vote open (and, for a verified resident, not yet
 * cast), what comes next in an edition's calendar, and published results.
 */
@ApplicationScoped
public class BudgetHappenings implements Happenings {

  @Inject EditionAdministration editions;
  @Inject PublishedResults results;
  @Inject BallotBox box;
  @Inject Voters voters;

  @Override
  public String moduleId() {
    return BudgetModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    Predicate<UUID> notVoted = edition -> visitor.verifiedResidentId().map(resident -> {
      try {
        return box.ballotsOf(edition, voters.resident(resident, Optional::empty)).isEmpty();
      } catch (ProblemException unknownPerson) {
        return false;
      }
    }).orElse(false);
    return items(editions.all(), results::published, notVoted, Clock.systemUTC().instant(),
        Texts.of("messages.budget", locale));
  }

  static List<Happening> items(List<Edition> editions, Predicate<UUID> published, Predicate<UUID> notVoted,
      Instant now, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (Edition e : editions) {
      String path = "/budget/" + e.id();
      Calendar c = e.calendar();
      switch (e.phaseAt(now)) {
        case UPCOMING -> items.add(Happening.upcoming(e.title(), path, t.get("home.ideasOpen"), c.submissionOpens()));
        case IDEA_SUBMISSION -> items.add(Happening.openNow(e.title(), path, t.get("home.ideas"), c.reviewOpens()));
        case FEASIBILITY_REVIEW -> items.add(Happening.upcoming(e.title(), path, t.get("home.voteOpens"),
            c.voteOpens()));
        case VOTE -> {
          items.add(Happening.openNow(e.title(), path, t.get("home.vote"), c.voteCloses()));
          if (notVoted.test(e.id())) {
            items.add(Happening.waitingForYou(t.get("home.castBallot", e.title()), path + "/ballot",
                t.get("home.notVoted"), c.voteCloses()));
          }
        }
        case RESULTS, IMPLEMENTATION -> {
          if (published.test(e.id())) {
            items.add(Happening.result(e.title(), path + "/results", t.get("home.results"), c.voteCloses()));
          }
        }
      }
    }
    return items;
  }
}
