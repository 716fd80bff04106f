package org.parvis.modules.convention.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.ProposalVote;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VotingMethod;
import org.parvis.modules.convention.interfaces.web.WorkModels.ProposalCard;
import org.parvis.modules.convention.interfaces.web.WorkModels.SessionCard;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;

/**
 * The view models of the seated panel's work: the members' space (sessions, proposals, each member's ballot) and the
 * administrators' page (sessions with their documents, opening and closing votes, the commune's response).
 */
@RequestScoped
public class PanelWorkPageModels {

  @Inject MembersSpace space;
  @Inject CurrentTenant tenant;

  /** One option of a radio group or a select: its field, value, element id, label and whether it is chosen. */
  public record Choice(String name, String value, String id, String label, boolean chosen) {}

  /** A member's ballot on a proposal under vote: approve or not, or one grade; the current ballot is chosen. */
  public record Ballot(String legend, List<Choice> choices, boolean voted) {}

  /** A proposal in the members' space, with the ballot while its vote is open. */
  public record MemberProposal(ProposalCard card, Ballot ballot) {}

  /** The members' space. */
  public record Space(UUID id, String intro, List<SessionCard> sessions, List<MemberProposal> proposals) {}

  /**
   * A proposal on the administrators' page with the form its status allows: open the vote (a draft, while seated),
   * close it (under vote), publish the response (voted).
   */
  public record WorkProposal(ProposalCard card, boolean openable, boolean closable, boolean answerable,
      List<Choice> methods, String threshold, List<Choice> grades, String response, String followUp) {}

  /** The administrators' page of the panel's work. */
  public record Work(UUID id, String status, boolean seated, List<SessionCard> sessions,
      List<WorkProposal> proposals) {}

  public Space space(UUID id, Volunteer me, Texts t) {
    List<MemberProposal> proposals = new ArrayList<>();
    for (Proposal p : space.proposals(id)) {
      String href = p.status() == ProposalStatus.DRAFT ? null : "/convention/" + id + "/proposals/" + p.id();
      Ballot ballot = p.status() == ProposalStatus.VOTING ? ballot(p, space.myVote(id, p.id()), t) : null;
      proposals.add(new MemberProposal(WorkModels.proposal(p, href, t), ballot));
    }
    return new Space(id, t.get("space.intro", me.number()), sessions(id, t), proposals);
  }

  private static Ballot ballot(Proposal p, Optional<ProposalVote> mine, Texts t) {
    String suffix = "-" + p.id();
    List<Choice> choices = new ArrayList<>();
    if (p.method() == VotingMethod.MAJORITY_JUDGMENT) {
      String current = mine.flatMap(ProposalVote::grade).map(Enum::name).orElse("");
      for (Grade g : Grade.values()) {
        choices.add(new Choice("grade", g.name(), "grade-" + g.name() + suffix, t.get("grade." + g.name()),
            current.equals(g.name())));
      }
    } else {
      String current = mine.map(v -> v.approve() ? "yes" : "no").orElse("");
      for (String answer : List.of("yes", "no")) {
        choices.add(new Choice("approve", answer, "approve-" + answer + suffix, t.get("space.approve." + answer),
            current.equals(answer)));
      }
    }
    return new Ballot(t.get("space.ballot", p.title()), choices, mine.isPresent());
  }

  /**
   * The administrators' page. The vote-opening forms show what was typed in the last one sent; a response form
   * shows what was typed when it was the one sent (its hidden {@code proposal} field), the published text otherwise.
   */
  public Work work(Convention c, Form typed, Texts t) {
    boolean seated = c.status() == ConventionStatus.SEATED;
    List<WorkProposal> proposals = new ArrayList<>();
    String method = typed.typed("method").isEmpty() ? "APPROVAL" : typed.typed("method");
    String threshold = typed.typed("threshold").isEmpty() ? "50" : typed.typed("threshold");
    for (Proposal p : space.proposals(c.id())) {
      String suffix = "-" + p.id();
      List<Choice> methods = new ArrayList<>();
      for (String m : List.of("APPROVAL", "MAJORITY_JUDGMENT")) {
        methods.add(new Choice("method", m, "method-" + m + suffix, t.get("work.method." + m), m.equals(method)));
      }
      List<Choice> grades = new ArrayList<>();
      for (Grade g : Grade.values()) {
        grades.add(new Choice("minimumGrade", g.name(), "minimumGrade" + suffix, t.get("grade." + g.name()),
            g == Grade.FAIR));
      }
      boolean sent = p.id().toString().equals(typed.typed("proposal"));
      String response = sent ? typed.typed("response") : p.response().orElse("");
      String followUp = sent ? typed.typed("followUp") : p.followUp().orElse("");
      ProposalStatus status = p.status();
      proposals.add(new WorkProposal(WorkModels.proposal(p, null, t), status == ProposalStatus.DRAFT && seated,
          status == ProposalStatus.VOTING, status == ProposalStatus.ADOPTED || status == ProposalStatus.REJECTED,
          methods, threshold, grades, response, followUp));
    }
    return new Work(c.id(), ConventionPageModels.status(c, t), seated, sessions(c.id(), t), proposals);
  }

  private List<SessionCard> sessions(UUID id, Texts t) {
    return WorkModels.sessions(space.sessions(id), space.documents(id), tenant.require().zone(), t);
  }
}
