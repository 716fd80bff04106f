package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.CouncilCandidate;
import org.parvis.modules.council.domain.CouncilDraw;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.modules.council.domain.MemberRepository;
import org.parvis.modules.council.domain.SeatDraw;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/**
 * Who sits in the council: appointments within the colleges' seats, the volunteer pool and draws
 * by lot, roles, and the renewal of mandates. Appointments lock the council so that two at once
 * cannot both take a college's last seat.
 */
@ApplicationScoped
@Transactional
public class Membership {

  @Inject CouncilContext context;
  @Inject MemberRepository members;
  @Inject Caller caller;

  /** Appoints a designated or volunteer member to a free seat of a college. */
  public MemberView appoint(CouncilMember.Profile person, UUID collegeId, Appointment appointment) {
    if (appointment == Appointment.DRAWN_BY_LOT) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "appointment",
          "members drawn by lot are appointed by a draw");
    }
    Council council = context.lockedCouncil();
    requireNotSitting(person.subject());
    context.step(() -> council.requireFreeSeat(collegeId, sitting(collegeId)));
    CouncilMember member = context.step(() -> new CouncilMember(person, collegeId, appointment, null,
        context.today(), council.mandateYears()));
    members.add(member);
    return MemberView.of(member);
  }

  /** Appoints a member and gives them their roles in the same step: both or neither. */
  public MemberView appoint(CouncilMember.Profile person, UUID collegeId, Appointment appointment,
      Set<CouncilRole> roles) {
    MemberView appointed = appoint(person, collegeId, appointment);
    return roles.isEmpty() ? appointed : assignRoles(appointed.id(), roles);
  }

  /** The caller volunteers to be drawn by lot for a college. */
  public void volunteer(UUID collegeId, String displayName) {
    Council council = context.council();
    context.step(() -> council.college(collegeId));
    String subject = caller.subject().orElseThrow(() -> ProblemException.forbidden(context.text("refusal.signIn")));
    requireNotSitting(subject);
    if (members.candidateBySubject(subject).isPresent()) {
      throw ProblemException.conflict(CouncilContext.NOT_ALLOWED, context.text("refusal.volunteered.already"));
    }
    members.add(new CouncilCandidate(subject, displayName, caller.email().orElse(null), collegeId,
        context.now()));
  }

  /** Fills the open seats of the given colleges by lot from the volunteer pool. */
  public DrawView draw(List<UUID> collegeIds, String seed) {
    Council council = context.lockedCouncil();
    Map<UUID, Integer> open = new HashMap<>();
    for (UUID college : collegeIds) {
      int seats = context.step(() -> council.college(college)).seats();
      open.put(college, (int) (seats - sitting(college)));
    }
    List<CouncilCandidate> pool = members.candidates().stream()
        .filter(c -> open.containsKey(c.collegeId())).toList();
    SeatDraw.Outcome outcome = context.step(() -> SeatDraw.draw(open, pool, seed));
    CouncilDraw draw = new CouncilDraw(outcome, (int) pool.stream()
        .filter(c -> open.getOrDefault(c.collegeId(), 0) > 0).count(), context.now());
    members.add(draw);
    List<MemberView> drawn = outcome.drawn().stream().map(c -> {
      CouncilMember member = new CouncilMember(
          new CouncilMember.Profile(c.subject(), c.displayName(), null, c.email(), "", false),
          c.collegeId(), Appointment.DRAWN_BY_LOT, draw.id(), context.today(), council.mandateYears());
      members.add(member);
      members.remove(c);
      return MemberView.of(member);
    }).toList();
    return new DrawView(draw.id(), draw.seed(), draw.poolHash(), draw.poolSize(), drawn);
  }

  public List<MemberView> all() {
    return members.all().stream().map(MemberView::of).toList();
  }

  /** Sitting members who consented to appear publicly. */
  public List<MemberView.Public> publicMembers() {
    Optional<Council> set = context.councilIfSetUp();
    if (set.isEmpty()) {
      return List.of();
    }
    Council council = set.get();
    LocalDate today = context.today();
    return members.all().stream().filter(m -> m.publicProfile() && m.sitsOn(today))
        .sorted(Comparator.comparing(CouncilMember::displayName))
        .map(m -> new MemberView.Public(m.displayName(), m.organisation(), m.profile(),
            council.college(m.collegeId()).name(), m.roles().stream().map(Enum::name).sorted().toList()))
        .toList();
  }

  /** Mandates ending within {@code days} days that are neither renewed nor ended. */
  public List<MemberView> expiring(int days) {
    LocalDate today = context.today();
    return members.all().stream().filter(m -> m.expiresWithin(today, days))
        .sorted(Comparator.comparing(CouncilMember::mandateEnd)).map(MemberView::of).toList();
  }

  public MemberView renew(UUID memberId) {
    Council council = context.council();
    CouncilMember member = find(memberId);
    context.step(() -> member.renew(council.mandateYears()));
    return MemberView.of(member);
  }

  public MemberView end(UUID memberId) {
    CouncilMember member = find(memberId);
    context.step(() -> member.end(context.today()));
    return MemberView.of(member);
  }

  public MemberView assignRoles(UUID memberId, Set<CouncilRole> roles) {
    CouncilMember member = find(memberId);
    context.step(() -> member.assignRoles(roles, context.today()));
    return MemberView.of(member);
  }

  /** The caller's own mandate changes their profile and their consent to appear publicly. */
  public MemberView changeOwnProfile(String displayName, String profile, boolean publicProfile) {
    CouncilMember me = context.sittingCaller();
    me.changeProfile(displayName, profile, publicProfile);
    return MemberView.of(me);
  }

  public MemberView me() {
    return MemberView.of(context.sittingCaller());
  }

  private CouncilMember find(UUID id) {
    return members.find(id).orElseThrow(() -> context.notFound("member"));
  }

  private long sitting(UUID college) {
    LocalDate today = context.today();
    return members.all().stream().filter(m -> m.collegeId().equals(college) && m.sitsOn(today)).count();
  }

  private void requireNotSitting(String subject) {
    if (members.bySubject(subject).stream().anyMatch(m -> m.sitsOn(context.today()))) {
      throw ProblemException.conflict(CouncilContext.NOT_ALLOWED, context.text("refusal.sitting.already"));
    }
  }

  /** The public record of a draw and the members it appointed. */
  public record DrawView(UUID id, String seed, String poolHash, int poolSize, List<MemberView> members) {}
}
