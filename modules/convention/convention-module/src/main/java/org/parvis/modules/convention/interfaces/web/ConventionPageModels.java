package org.parvis.modules.convention.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.interfaces.web.WorkModels.ProposalCard;
import org.parvis.modules.convention.interfaces.web.WorkModels.SessionCard;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Markup;

/**
 * The view models of the convention's public pages, in the page's language: the list, a convention's page with its
 * public draw, the volunteer form, a published proposal, the computation's progress.
 */
@RequestScoped
public class ConventionPageModels {

  @Inject ConventionReading reading;
  @Inject MembersSpace members;
  @Inject CurrentTenant tenant;

  /** A convention in the list. */
  public record Card(UUID id, String title, String status) {}

  /** One row of the quota table: question, answer, seats ("2 à 3"). */
  public record QuotaRow(String category, String value, String seats) {}

  /** The seated panel as published: names given with consent, then numbered members. */
  public record Panel(List<String> members, boolean unnamedNote) {}

  /**
   * The public record of the draw, as anyone needs it to re-check it: the hashes, the seed, the public files, the
   * probability chart and the command that redraws the same panel.
   */
  public record Ceremony(String files, String poolHash, String lotteryHash, String seed, boolean lottery,
      Markup chart, String command) {}

  /** A convention's public page. */
  public record Page(UUID id, String title, String status, List<String> mandate, String recruitment, String draw,
      String panelSize, List<QuotaRow> quotas, boolean recruiting, Panel panel, boolean member,
      List<SessionCard> sessions, List<ProposalCard> proposals, Ceremony ceremony) {}

  /** One question of the volunteer form (radio buttons {@code q<i>}, ids {@code q<i>-<j>}). */
  public record Question(String name, String category, List<Answer> answers) {}

  public record Answer(String id, String value) {}

  /** The volunteer form. */
  public record VolunteerForm(UUID id, boolean open, boolean openToAll, List<Question> questions) {}

  /** What a volunteer is shown once, just after joining: their number and their withdrawal code. */
  public record Joined(String number, String withdrawal) {}

  /** A published proposal's page. */
  public record ProposalPage(UUID conventionId, String conventionTitle, ProposalCard proposal,
      boolean awaitingResponse) {}

  /** The computation's progress. */
  public record Progress(String state, int max, int done, int total, String units) {}

  public List<Card> cards(List<Convention> conventions, Texts t) {
    return conventions.stream().map(c -> new Card(c.id(), c.title(), status(c, t))).toList();
  }

  public Page page(Convention c, Texts t) {
    UUID id = c.id();
    String recruitment = c.recruitmentOpens().isPresent() && c.recruitmentCloses().isPresent()
        ? t.get("calendar.recruitment", LocalTimes.day(c.recruitmentOpens().get(), t.locale()),
            LocalTimes.day(c.recruitmentCloses().get(), t.locale()))
        : null;
    String draw = c.drawDate().map(d -> t.get("calendar.draw", LocalTimes.day(d, t.locale()))).orElse(null);
    boolean seated = c.status().compareTo(ConventionStatus.SEATED) >= 0;
    Panel panel = null;
    boolean member = false;
    List<SessionCard> sessions = List.of();
    List<ProposalCard> proposals = List.of();
    if (seated) {
      var published = reading.panel(id);
      List<String> names = new ArrayList<>(published.names());
      for (int i = 1; i <= published.unnamed(); i++) {
        names.add(t.get("panel.member", i));
      }
      panel = new Panel(names, published.unnamed() > 0);
      member = members.seat(id).isPresent();
      sessions = WorkModels.sessions(members.sessions(id), members.documents(id), tenant.require().zone(), t);
      proposals = members.proposals(id).stream().filter(p -> p.status() != ProposalStatus.DRAFT)
          .map(p -> WorkModels.proposal(p, "/convention/" + id + "/proposals/" + p.id(), t)).toList();
    }
    Ceremony ceremony = c.poolHash().isPresent() && c.status().compareTo(ConventionStatus.FROZEN) >= 0
        ? ceremony(c, t) : null;
    return new Page(id, c.title(), status(c, t), WorkModels.lines(c.mandate()), recruitment, draw,
        t.get("panelSize", c.panelSize(), reading.poolSize(id)), quotas(c, t),
        c.status() == ConventionStatus.RECRUITING, panel, member, sessions, proposals, ceremony);
  }

  /** The draw's published audit data, exactly as the page has always shown it. */
  private Ceremony ceremony(Convention c, Texts t) {
    boolean lottery = c.lotteryHash().isPresent();
    String lotteryHash = c.lotteryHash().map(h -> t.get("ceremony.lotteryHash", c.lotterySize(), h)).orElse(null);
    String seed = c.seed().map(s -> t.get("ceremony.seed", s, c.drawnIndex().orElse(0))).orElse(null);
    Markup chart = lottery ? new Markup(ProbabilityChart.svg(reading.probabilities(c.id()), c.panelSize(), t))
        : null;
    String command = "deploy/bin/parvis sortition draw --algorithm leximin --panel-size " + c.panelSize()
        + " --categories quotas.csv --respondents pool.csv --lottery-size " + c.lotterySize() + " --seed \""
        + c.seed().orElse("SEED") + "\"";
    return new Ceremony("/api/conventions/" + c.id(), t.get("ceremony.poolHash", c.poolHash().orElse("")),
        lotteryHash, seed, lottery, chart, command);
  }

  public List<QuotaRow> quotas(Convention c, Texts t) {
    return c.quotas().bands().stream()
        .map(b -> new QuotaRow(b.category(), b.value(), t.get("quotas.band", b.min(), b.max()))).toList();
  }

  public VolunteerForm volunteerForm(Convention c) {
    List<Question> questions = new ArrayList<>();
    int i = 0;
    for (var category : c.quotas().byCategory().entrySet()) {
      String name = "q" + i++;
      List<Answer> answers = new ArrayList<>();
      int j = 0;
      for (QuotaBand band : category.getValue()) {
        answers.add(new Answer(name + "-" + j++, band.value()));
      }
      questions.add(new Question(name, category.getKey(), answers));
    }
    return new VolunteerForm(c.id(), c.status() == ConventionStatus.RECRUITING, c.openToAll(), questions);
  }

  public ProposalPage proposal(Convention c, Proposal p, Texts t) {
    return new ProposalPage(c.id(), c.title(), WorkModels.proposal(p, null, t),
        p.response().isEmpty() && p.status() != ProposalStatus.VOTING);
  }

  public Progress progress(Computation job, Texts t) {
    String state = job.interruptedRun() ? t.get("computation.interrupted")
        : t.get("computation.state." + job.state());
    return new Progress(state, Math.max(1, job.total()), job.done(), job.total(),
        t.get("computation.units", job.done(), job.total(), job.panels()));
  }

  static String status(Convention c, Texts t) {
    return t.get("status." + c.status().name());
  }
}
