package org.parvis.modules.votations.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.application.VotationResults;
import org.parvis.modules.votations.application.VotationResults.OptionResult;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.Markup;

/** The view models of the votations pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class VotationPageModels {

  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  /** A votation in the list. */
  public record Card(UUID id, String question, String status, String dates) {}

  /** A votation's page. */
  public record Page(UUID id, String status, String dates, List<String> paragraphs, long participants, boolean open,
      boolean closed) {}

  /** A votation's results: the chart and the grades for majority judgment ({@code chart} is null otherwise). */
  public record Results(long ballots, Markup chart, List<String> grades, List<OptionResult> options) {}

  public Card card(Summary s, Texts t) {
    return new Card(s.votation().id(), s.votation().question(), t.get("status." + s.status()), dates(s.votation(), t));
  }

  public Page page(Summary s, Texts t) {
    Votation v = s.votation();
    return new Page(v.id(), t.get("status." + s.status()), dates(v, t),
        v.description().lines().filter(line -> !line.isBlank()).toList(), s.participants(), "OPEN".equals(s.status()),
        "CLOSED".equals(s.status()));
  }

  public BallotModel ballot(Summary s, Form form, Texts t) {
    if (Boolean.TRUE.equals(s.hasVoted())) {
      return BallotModel.without(BallotModel.State.VOTED);
    }
    if (caller.subject().isEmpty()) {
      return BallotModel.without(BallotModel.State.SIGN_IN);
    }
    if (caller.verifiedResidentId().isEmpty()) {
      return BallotModel.without(BallotModel.State.VERIFY);
    }
    return BallotModel.of(s.votation(), form, t);
  }

  public Results results(Votation v, VotationResults.Results counted, Texts t) {
    if (v.method() != CountingMethod.MAJORITY_JUDGMENT) {
      return new Results(counted.ballots(), null, List.of(), counted.options());
    }
    List<String> grades = v.gradeScale().orElseThrow().labelsBestFirst();
    Markup chart = new Markup(MeritProfileChart.svg(counted.options(), grades, t.get("meritProfile"),
        t.get("meritProfileDesc")));
    return new Results(counted.ballots(), chart, grades, counted.options());
  }

  private String dates(Votation v, Texts t) {
    ZoneId zone = tenant.require().zone();
    return t.get("dates", LocalTimes.dateTime(v.opensAt(), zone, t.locale()),
        LocalTimes.dateTime(v.closesAt(), zone, t.locale()));
  }
}
