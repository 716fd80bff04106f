package org.parvis.modules.budget.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.spi.module.LocalizedText;

/** An edition as the API shows it, with its current phase and its rules in plain words. */
public record EditionView(UUID id, String title, String phase, String allocationRule,
    EqualSharesView equalShares, BallotView ballot, CalendarView calendar,
    List<EnvelopeView> envelopes) {

  /** How equal shares counts the edition: utility and completion. */
  public record EqualSharesView(String utility, String completion) {}

  public record BallotView(String kind, int maxChoices, int minChoices, int minSpentPercent,
      int points) {}

  public record CalendarView(Instant submissionOpens, Instant reviewOpens, Instant voteOpens,
      Instant voteCloses, Instant implementationOpens) {
    static CalendarView of(Calendar c) {
      return new CalendarView(c.submissionOpens(), c.reviewOpens(), c.voteOpens(), c.voteCloses(),
          c.implementationOpens());
    }
  }

  public record EnvelopeView(UUID id, String name, long amount, boolean district,
      LocalizedText rules) {}

  static EditionView of(Edition edition, List<Envelope> envelopes) {
    BallotRules rules = edition.rules();
    return new EditionView(edition.id(), edition.title(), edition.phaseAt(Instant.now()).name(),
        edition.allocationRule(),
        new EqualSharesView(edition.mesUtility(), edition.mesCompletion()),
        new BallotView(rules.kind().name(), rules.maxChoices(), rules.minChoices(),
            rules.minSpentPercent(), rules.totalPoints()),
        CalendarView.of(edition.calendar()),
        envelopes.stream()
            .map(e -> new EnvelopeView(e.id(), e.name(), e.amount(), e.district(),
                BudgetMessages.rulesText(rules, e.amount())))
            .toList());
  }
}
