package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilMeeting;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilReferral;
import org.parvis.modules.council.domain.CouncilReminder;
import org.parvis.modules.council.domain.CouncilWorkingGroup;
import org.parvis.modules.council.domain.MeetingRepository;
import org.parvis.modules.council.domain.MemberRepository;
import org.parvis.modules.council.domain.ReferralRepository;
import org.parvis.modules.council.domain.ReminderRepository;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * Working groups and meetings, run with the workshop kit. Organised by the secretariat (tenant
 * administrators and staff) or by a facilitating member of the council.
 */
@ApplicationScoped
@Transactional
public class MeetingDesk {

  @Inject CouncilContext context;
  @Inject MeetingRepository meetings;
  @Inject MemberRepository members;
  @Inject ReferralRepository referrals;
  @Inject ReminderRepository reminders;
  @Inject Invitations invitations;
  @Inject Caller caller;

  public GroupView createGroup(String name, UUID referralId) {
    requireOrganiser();
    if (referralId != null && referrals.find(referralId).isEmpty()) {
      throw context.notFound("referral");
    }
    CouncilWorkingGroup group = new CouncilWorkingGroup(name, referralId);
    meetings.add(group);
    return GroupView.of(group);
  }

  public GroupView join(UUID groupId, UUID memberId) {
    requireOrganiser();
    CouncilWorkingGroup group = group(groupId);
    CouncilMember member = members.find(memberId).orElseThrow(() -> context.notFound("member"));
    context.step(() -> group.join(member, context.today()));
    return GroupView.of(group);
  }

  public List<GroupView> groups() {
    return meetings.groups().stream().map(GroupView::of).toList();
  }

  public MeetingView schedule(UUID groupId, CouncilMeeting.Plan plan) {
    requireOrganiser();
    if (groupId != null) {
      group(groupId);
    }
    CouncilMeeting meeting = context.step(() -> new CouncilMeeting(groupId, plan));
    meetings.add(meeting);
    return MeetingView.of(meeting);
  }

  public MeetingView prepare(UUID id, CouncilMeeting.Plan plan) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    context.step(() -> meeting.prepare(plan));
    return MeetingView.of(meeting);
  }

  /**
   * Emails every expected member who has an address (and every registrant of an open workshop) an
   * invitation with the meeting as a calendar event; sending again after a change updates it.
   *
   * @return how many invitations were queued
   */
  public int invite(UUID id) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    int sequence = context.step(meeting::nextInvitation);
    int sent = 0;
    for (CouncilMember member : expected(meeting)) {
      if (member.email() != null && MailMessage.looksLikeAnAddress(member.email())) {
        invitations.invite(member.email(), meeting, sequence);
        sent++;
      }
    }
    for (var registration : meeting.registrations()) {
      if (registration.email() != null) {
        invitations.invite(registration.email(), meeting, sequence);
        sent++;
      }
    }
    return sent;
  }

  /** Changes only the agenda of a meeting being prepared (the workshop kit's first step). */
  public MeetingView prepareAgenda(UUID id, String agenda) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    context.step(() -> meeting.prepare(new CouncilMeeting.Plan(meeting.title(), meeting.startsAt(), meeting.endsAt(),
        meeting.place(), meeting.videoLink(), agenda, meeting.capacity())));
    return MeetingView.of(meeting);
  }

  /** The members expected at a meeting, for its attendance sheet. */
  public List<MemberView> expectedMembers(UUID id) {
    return expected(meetings.find(id).orElseThrow(() -> context.notFound("meeting")))
        .stream().map(MemberView::of).toList();
  }

  public MeetingView start(UUID id) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    context.step(meeting::start);
    return MeetingView.of(meeting);
  }

  /** Records who is present; only members of the council can be. */
  public MeetingView attendance(UUID id, List<UUID> present) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    for (UUID member : present) {
      if (members.find(member).isEmpty()) {
        throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "present",
            "no member " + member);
      }
    }
    context.step(() -> meeting.recordAttendance(present));
    return MeetingView.of(meeting);
  }

  public MeetingView conclude(UUID id, String minutes) {
    requireOrganiser();
    CouncilMeeting meeting = locked(id);
    context.step(() -> meeting.conclude(minutes));
    return MeetingView.of(meeting);
  }

  /** Someone from the public registers to an open workshop and gets the invitation at once. */
  public MeetingView register(UUID id, String name, String email) {
    CouncilMeeting meeting = locked(id);
    context.step(() -> meeting.register(name, email, context.now()));
    invitations.invite(email, meeting, meeting.currentInvitation());
    return MeetingView.of(meeting);
  }

  public List<MeetingView> all() {
    return meetings.all().stream().map(MeetingView::of).toList();
  }

  /** The meeting as an iCalendar file (public, as meetings are). */
  public String calendarFile(UUID id) {
    return invitations.calendarFile(meetings.find(id).orElseThrow(() -> context.notFound("meeting")));
  }

  public MeetingView get(UUID id) {
    return MeetingView.of(meetings.find(id).orElseThrow(() -> context.notFound("meeting")));
  }

  /**
   * The secretariat or a facilitator sends now the reminders of the open referrals due within
   * {@code days}, as the periodic task does: a member already reminded of a referral's deadline is
   * not reminded again.
   *
   * @return how many reminders were queued
   */
  public int remindDeadlines(int days) {
    requireOrganiser();
    return sendDeadlineReminders(days, context.now());
  }

  /**
   * Reminds every sitting member with an address of each open referral due within {@code days},
   * once per member, referral and deadline: each reminder is recorded (unique in the database)
   * before its email is queued in the same transaction, so a run repeated, or run on two nodes at
   * once, sends nothing twice.
   *
   * @return how many reminders were queued
   */
  public int sendDeadlineReminders(int days, java.time.Instant now) {
    LocalDate today = LocalDate.ofInstant(now, context.zone());
    List<CouncilReferral> due = referrals.all().stream()
        .filter(r -> r.open() && !r.deadline().isBefore(today) && !r.deadline().isAfter(today.plusDays(days)))
        .toList();
    if (due.isEmpty()) {
      return 0;
    }
    Set<CouncilReminder.Key> sent = reminders.sent();
    int queued = 0;
    for (CouncilMember member : members.all()) {
      if (member.sitsOn(today) && member.email() != null && MailMessage.looksLikeAnAddress(member.email())) {
        for (CouncilReferral referral : due) {
          CouncilReminder reminder = new CouncilReminder(referral, member, now);
          if (!sent.contains(reminder.key())) {
            reminders.add(reminder);
            invitations.remind(member.email(), referral.title(), referral.deadline());
            queued++;
          }
        }
      }
    }
    return queued;
  }

  /** Members expected at a meeting: the group's, or every sitting member for a plenary one. */
  public List<CouncilMember> expected(CouncilMeeting meeting) {
    LocalDate day = LocalDate.ofInstant(meeting.startsAt(), context.zone());
    if (meeting.groupId() == null) {
      return members.all().stream().filter(m -> m.sitsOn(day)).toList();
    }
    Set<UUID> ids = Set.copyOf(group(meeting.groupId()).members());
    return members.all().stream().filter(m -> ids.contains(m.id())).toList();
  }

  private void requireOrganiser() {
    Set<TenantRole> roles = caller.tenantRoles();
    if (roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.STAFF)) {
      return;
    }
    if (!context.sittingCaller().facilitates()) {
      throw ProblemException.forbidden(context.text("refusal.organisersOnly"));
    }
  }

  private CouncilWorkingGroup group(UUID id) {
    return meetings.group(id).orElseThrow(() -> context.notFound("group"));
  }

  private CouncilMeeting locked(UUID id) {
    return meetings.lock(id).orElseThrow(() -> context.notFound("meeting"));
  }
}
