package org.parvis.modules.council.application;

import org.parvis.spi.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.modules.council.domain.CouncilMeeting;
import org.parvis.spi.mail.CalendarInvite;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.tenant.TenantRef;

/** Emails of the council, in the tenant's language: meeting invitations and deadline reminders. */
@ApplicationScoped
public class Invitations {

  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;
  @Inject Caller caller;

  /** One invitation with the meeting as an iCalendar event (same uid on every update). */
  public void invite(String to, CouncilMeeting meeting, int sequence) {
    TenantRef t = tenant.require();
    Texts texts = Texts.of("messages.council", t.locale());
    String when = LocalTimes.dateTime(meeting.startsAt(), t.zone(), texts.locale());
    String where = meeting.place() != null && !meeting.place().isBlank() ? meeting.place() : meeting.videoLink();
    CalendarInvite invite = event(t, meeting, sequence, organizer(t));
    String subject = MailSubject.of(texts.get(
        sequence == 0 ? "mail.invitation.subject" : "mail.invitation.update.subject", meeting.title()));
    String text = texts.get("mail.invitation.body", meeting.title(), when, where, meeting.agenda());
    mailer.send(MailMessage.of(to, subject, text).with(invite.toAttachment()));
  }

  /**
   * The meeting as a calendar file to download ("add to my calendar"): the invitations' uid and
   * current sequence, so that an emailed update later replaces the imported event.
   */
  public String calendarFile(CouncilMeeting meeting) {
    TenantRef t = tenant.require();
    return event(t, meeting, meeting.currentInvitation(), "conseil@" + t.slug() + ".invalid").toICalendar();
  }

  private static CalendarInvite event(TenantRef t, CouncilMeeting meeting, int sequence, String organizer) {
    String where = meeting.place() != null && !meeting.place().isBlank() ? meeting.place() : meeting.videoLink();
    return new CalendarInvite(CalendarInvite.Method.REQUEST, "council-meeting-" + meeting.id() + "@" + t.slug(),
        sequence, meeting.startsAt(), meeting.endsAt(), meeting.title(), where, meeting.agenda(), organizer,
        meeting.videoLink());
  }

  /** A reminder that a referral's contribution is due soon. */
  public void remind(String to, String referralTitle, java.time.LocalDate deadline) {
    Texts texts = Texts.of("messages.council", tenant.require().locale());
    String day = LocalTimes.day(deadline, texts.locale());
    mailer.send(MailMessage.of(to, MailSubject.of(texts.get("mail.reminder.subject", referralTitle)),
        texts.get("mail.reminder.body", referralTitle, day)));
  }

  private String organizer(TenantRef t) {
    return caller.email().orElse("conseil@" + t.slug() + ".invalid");
  }
}
