package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.ConventionStateException;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.MembersRepository;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.ProposalVote;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;
import org.parvis.modules.convention.domain.VotingMethod;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.PersonKeys;

/**
 * The seated members' space: sessions (set by administrators), proposals drafted by members and
 * approved by their vote, and the commune's response. A caller is a member when they are a
 * verified resident and a seated volunteer is linked to them: by the account they volunteered
 * with, or by the same civil identity (the keyed hash of their verified identity equals the one
 * of the identity they volunteered with).
 */
@ApplicationScoped
@Transactional
public class MembersSpace {

  @Inject ConventionRepository conventions;
  @Inject MembersRepository members;
  @Inject ConventionReading reading;
  @Inject Caller caller;
  @Inject PersonKeys personKeys;
  @Inject ConventionNotifications notifications;
  @Inject Attachments attachments;

  /** The caller's seat in this convention, if they are a seated member. */
  public Optional<Volunteer> seat(UUID conventionId) {
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = personKeys.ofResident(resident.get());
    return conventions.volunteers(conventionId, List.of(VolunteerStatus.SEATED)).stream()
        .filter(v -> v.residentId().equals(resident)
            || key.isPresent() && key.equals(v.personKey()))
        .findFirst();
  }

  public Session addSession(UUID conventionId, String title, Instant start, Instant end,
      String place, String agenda) {
    Convention c = seatedConvention(conventionId);
    try {
      Session session = new Session(c.id(), title, start, end, place, agenda);
      members.add(session);
      notifications.session(c, session,
          conventions.volunteers(conventionId, List.of(VolunteerStatus.SEATED)));
      return session;
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("endsAt", e);
    }
  }

  /** Stores a session document through the platform (type checked by content, size limited). */
  public SessionDocument addDocument(UUID conventionId, UUID sessionId, String filename,
      String caption, byte[] content) {
    reading.visible(conventionId);
    Session session = members.session(conventionId, sessionId)
        .orElseThrow(() -> ProblemException.notFound("No session " + sessionId));
    StoredFile file = attachments.store(ConventionModule.ID, filename, content);
    SessionDocument document = new SessionDocument(session.id(), file.id(), file.filename(),
        file.contentType(), caption == null || caption.isBlank() ? file.filename() : caption.strip());
    members.add(document);
    return document;
  }

  public List<SessionDocument> documents(UUID conventionId) {
    reading.visible(conventionId);
    return members.documents(conventionId);
  }

  public List<Session> sessions(UUID conventionId) {
    reading.visible(conventionId);
    return members.sessions(conventionId);
  }

  public Proposal draft(UUID conventionId, String title, String body) {
    seatedConvention(conventionId);
    Volunteer member = requireMember(conventionId);
    Proposal proposal = new Proposal(conventionId, title, body, member.id());
    members.add(proposal);
    return proposal;
  }

  /** Proposals: members and administrators see drafts too, the public only voted ones. */
  public List<Proposal> proposals(UUID conventionId) {
    reading.visible(conventionId);
    boolean insider = reading.isAdmin() || seat(conventionId).isPresent();
    return members.proposals(conventionId).stream()
        .filter(p -> insider || p.status() != ProposalStatus.DRAFT)
        .toList();
  }

  public Proposal openVote(UUID conventionId, UUID proposalId, int thresholdPercent) {
    seatedConvention(conventionId);
    Proposal p = proposal(conventionId, proposalId);
    int seated = conventions.volunteers(conventionId, List.of(VolunteerStatus.SEATED)).size();
    try {
      p.openVote(thresholdPercent, seated);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("thresholdPercent", e);
    }
    return p;
  }

  /**
   * Opens a majority judgment on a proposal: adopted if its majority grade among the seated
   * members (non-voters counting as "reject") is at least {@code minimum}.
   */
  public Proposal openJudgment(UUID conventionId, UUID proposalId, Grade minimum) {
    seatedConvention(conventionId);
    Proposal p = proposal(conventionId, proposalId);
    int seated = conventions.volunteers(conventionId, List.of(VolunteerStatus.SEATED)).size();
    try {
      p.openJudgment(minimum, seated);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return p;
  }

  /** A member grades a proposal under majority judgment; grading again changes the grade. */
  public void judge(UUID conventionId, UUID proposalId, Grade grade) {
    Volunteer member = requireMember(conventionId);
    Proposal p = proposal(conventionId, proposalId);
    try {
      p.requireVoting();
      if (p.method() != VotingMethod.MAJORITY_JUDGMENT) {
        throw new ConventionStateException("This proposal is voted by approval");
      }
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    members.vote(proposalId, member.id()).ifPresentOrElse(v -> v.change(grade),
        () -> members.add(new ProposalVote(proposalId, member.id(), grade)));
  }

  /** A member approves (or not) a proposal under vote; voting again changes the vote. */
  public void vote(UUID conventionId, UUID proposalId, boolean approve) {
    Volunteer member = requireMember(conventionId);
    Proposal p = proposal(conventionId, proposalId);
    try {
      p.requireVoting();
      if (p.method() != VotingMethod.APPROVAL) {
        throw new ConventionStateException("This proposal is voted by majority judgment");
      }
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    members.vote(proposalId, member.id()).ifPresentOrElse(v -> v.change(approve),
        () -> members.add(new ProposalVote(proposalId, member.id(), approve)));
  }

  public Proposal closeVote(UUID conventionId, UUID proposalId) {
    Proposal p = proposal(conventionId, proposalId);
    try {
      if (p.method() == VotingMethod.MAJORITY_JUDGMENT) {
        p.closeJudgment(members.grades(proposalId));
      } else {
        p.closeVote(members.approvals(proposalId));
      }
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return p;
  }

  public Proposal respond(UUID conventionId, UUID proposalId, String response, String followUp) {
    Proposal p = proposal(conventionId, proposalId);
    try {
      p.respond(response, followUp);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return p;
  }

  /** The caller's own vote on a proposal, if they are a member and voted. */
  public Optional<ProposalVote> myVote(UUID conventionId, UUID proposalId) {
    return seat(conventionId).flatMap(member -> members.vote(proposalId, member.id()));
  }

  /** A proposal the public may read: put to the vote at least (drafts stay with the members). */
  public Proposal published(UUID conventionId, UUID proposalId) {
    return proposals(conventionId).stream()
        .filter(p -> p.id().equals(proposalId) && p.status() != ProposalStatus.DRAFT)
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No proposal " + proposalId));
  }

  private Proposal proposal(UUID conventionId, UUID proposalId) {
    reading.visible(conventionId);
    return members.lockProposal(conventionId, proposalId)
        .orElseThrow(() -> ProblemException.notFound("No proposal " + proposalId));
  }

  private Volunteer requireMember(UUID conventionId) {
    return seat(conventionId).orElseThrow(() -> ProblemException.forbidden(
        "Only the seated members of this convention may do this"));
  }

  private Convention seatedConvention(UUID conventionId) {
    Convention c = reading.visible(conventionId);
    try {
      c.requireStatus(ConventionStatus.SEATED);
    } catch (ConventionStateException e) {
      throw ConventionProblems.wrongStatus(e);
    }
    return c;
  }
}
