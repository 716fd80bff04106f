package org.parvis.modules.budget.interfaces.web;

import static org.parvis.modules.budget.application.BudgetProblems.OTHER_CHANNEL;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;

/**
 * The ballot form's view model: one fieldset whose legend is the envelope and whose description is the rules in
 * plain words; one labelled native checkbox (or number input, for cumulative ballots) per project; the total of the
 * selection. A refused ballot comes back with its choices kept and the refusal, which the page focuses.
 */
@RequestScoped
public class BallotPageModels {

  /** Refusals already said as a whole sentence. */
  private static final Set<String> SENTENCES = Set.of("budget.ballot.rejected", "budget.paper.identity.invalid");

  @Inject IdeaBox ideas;
  @Inject Caller caller;

  /**
   * The ballot of an envelope. {@code closed} or {@code verify} say why the visitor cannot vote (null otherwise);
   * {@code refusal} why the ballot was refused, and {@code rule} the stable name of the rule it broke.
   */
  public record Ballot(UUID envelope, String kind, long limit, String legend, String rules, boolean cumulative,
      List<Choice> choices, long total, String notice, String refusal, String rule, String closed, String verify) {}

  /** One project of the ballot: its input's name and id, its label, its weight in the total, what was chosen. */
  public record Choice(String field, String label, long weight, String value, boolean checked) {}

  /** The field of {@code project} on a ballot of {@code edition}. */
  static String field(Edition edition, UUID project) {
    return (cumulative(edition) ? "points-" : "project-") + project;
  }

  static boolean cumulative(Edition edition) {
    return edition.rules().kind() == BallotKind.CUMULATIVE;
  }

  /** The projects on the ballot of {@code envelope}, in the ballot's order. */
  List<Idea> projects(Edition edition, Envelope envelope) {
    return ideas.ideas(edition.id(), false).stream()
        .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
  }

  /**
   * The ballot with {@code values} chosen (by field: a ticked box's value or the points typed), {@code noticeKey}
   * said on top, and the refusal of {@code form} with the broken {@code rule}, if any.
   */
  public Ballot ballot(Edition edition, Envelope envelope, Map<String, String> values, String noticeKey, Form form,
      String rule, BudgetMessages m) {
    return ballot(edition, envelope, values, noticeKey, form, rule, false, m);
  }

  /** The same ballot; on {@code paper}, staff enter it for a voter: neither their district nor residency count. */
  public Ballot ballot(Edition edition, Envelope envelope, Map<String, String> values, String noticeKey, Form form,
      String rule, boolean paper, BudgetMessages m) {
    boolean cumulative = cumulative(edition);
    List<Choice> choices = new ArrayList<>();
    long total = 0;
    for (Idea p : projects(edition, envelope)) {
      String field = field(edition, p.id());
      String value = values.getOrDefault(field, "").strip();
      if (cumulative) {
        long points = points(value);
        total += points;
        choices.add(new Choice(field, m.get("budget.ballot.points", p.title()) + " ("
            + m.get("budget.cost", p.finalCost()) + ")", 1, value.isEmpty() ? "0" : value, false));
      } else {
        boolean checked = !value.isEmpty();
        total += checked ? p.finalCost() : 0;
        choices.add(new Choice(field, p.title() + " — " + m.get("budget.cost", p.finalCost()), p.finalCost(), "on",
            checked));
      }
    }
    boolean otherDistrict = !paper && envelope.district() && caller.verifiedResidentDistrict()
        .map(home -> !envelope.openToResidentOf(home)).orElse(false);
    String closed = edition.phaseAt(Instant.now()) != Phase.VOTE ? m.get("budget.ballot.closed")
        : otherDistrict ? m.get("budget.envelope.otherDistrict") : null;
    String verify = paper || caller.verifiedResidentId().isPresent() ? null : m.get("budget.ballot.verify");
    return new Ballot(envelope.id(), edition.rules().kind().name(),
        cumulative ? edition.rules().totalPoints() : envelope.amount(),
        envelope.name() + " — " + m.get("budget.amount", envelope.amount()), m.rules(edition.rules(),
        envelope.amount()), cumulative, choices, total, noticeKey == null ? null : m.get(noticeKey),
        refusal(form, paper, m), rule, closed, verify);
  }

  /** Why the ballot was refused, in one sentence: the rule it broke, a number not typed right, the problem. */
  static String refusal(Form form, boolean paper, BudgetMessages m) {
    Texts texts = Texts.of("messages.budget", m.locale());
    return Refusals.first(form).map(error -> {
      String key = error.key() == null ? "" : error.key();
      if (key.equals("problem." + OTHER_CHANNEL.substring(OTHER_CHANNEL.lastIndexOf(':') + 1))) {
        return m.get(paper ? "budget.paper.votedOnline" : "budget.ballot.votedOnPaper");
      }
      return SENTENCES.contains(key) ? Refusals.text(error, texts)
          : m.get("budget.ballot.rejected", Refusals.text(error, texts));
    }).orElse(null);
  }

  private static long points(String value) {
    try {
      return Math.max(0, Long.parseLong(value));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
