package org.parvis.modules.worksites.application;

import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.spi.mail.CalendarInvite;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * The module's emails, written in the tenant's language and queued in the caller's transaction
 * (nothing is sent if it rolls back). Registrations get a calendar invitation whose uid is the
 * registration's, so that the cancellation's CANCEL removes the same event.
 */
@ApplicationScoped
public class WorksiteMail {

  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;
  @Inject ModuleSettings settings;

  /** Tells the reporter and the supporters (each address once) that the report's status changed. */
  void reportStatusChanged(WorksiteReport report, Collection<String> addresses, String mergedInto) {
    Texts t = texts();
    String status = t.get("mail.report.status." + report.status().name(), mergedInto);
    String reason = report.publicReason().map(r -> t.get("mail.report.reason", r)).orElse("");
    Set<String> unique = new LinkedHashSet<>(addresses);
    for (String to : unique) {
      mailer.send(MailMessage.of(to, MailSubject.of(t.get("mail.report.subject", report.title(), status)),
          t.get("mail.report.body", report.title(), status, reason)));
    }
  }

  void registered(Worksite worksite, Shift shift, ShiftRegistration registration) {
    registration.email().ifPresent(to -> {
      Texts t = texts();
      if (registration.isConfirmed()) {
        mailer.send(MailMessage.of(to, MailSubject.of(t.get("mail.registered.subject", worksite.title())),
                t.get("mail.registered.body", worksite.title(), day(shift), time(shift.startsAt()),
                    time(shift.endsAt()), registration.places(), place(worksite)))
            .with(invite(worksite, shift, registration, CalendarInvite.Method.REQUEST).toAttachment()));
      } else {
        mailer.send(MailMessage.of(to, MailSubject.of(t.get("mail.waiting.subject", worksite.title())),
            t.get("mail.waiting.body", worksite.title(), day(shift),
                shift.waitingRank(registration).orElse(0))));
      }
    });
  }

  void promoted(Worksite worksite, Shift shift, ShiftRegistration registration) {
    registration.email().ifPresent(to -> {
      Texts t = texts();
      mailer.send(MailMessage.of(to, MailSubject.of(t.get("mail.promoted.subject", worksite.title())),
              t.get("mail.promoted.body", worksite.title(), day(shift), time(shift.startsAt()),
                  time(shift.endsAt()), registration.places(), place(worksite)))
          .with(invite(worksite, shift, registration, CalendarInvite.Method.REQUEST).toAttachment()));
    });
  }

  /** A cancelled confirmed registration also gets a CANCEL invitation; a waiting one had none. */
  void cancelled(Worksite worksite, Shift shift, ShiftRegistration registration) {
    registration.email().ifPresent(to -> {
      Texts t = texts();
      MailMessage message = MailMessage.of(to, MailSubject.of(t.get("mail.cancelled.subject", worksite.title())),
          t.get("mail.cancelled.body", worksite.title(), day(shift)));
      if (registration.isConfirmed()) {
        message = message.with(
            invite(worksite, shift, registration, CalendarInvite.Method.CANCEL).toAttachment());
      }
      mailer.send(message);
    });
  }

  void reminder(Worksite worksite, Shift shift, ShiftRegistration registration) {
    registration.email().ifPresent(to -> {
      Texts t = texts();
      String safety = worksite.safetyNotes().map(s -> t.get("mail.reminder.safety", s)).orElse("");
      mailer.send(MailMessage.of(to, MailSubject.of(t.get("mail.reminder.subject", worksite.title(), day(shift))),
          t.get("mail.reminder.body", worksite.title(), day(shift), time(shift.startsAt()),
              time(shift.endsAt()), place(worksite), safety)));
    });
  }

  /** A subject fits on one line of at most 200 characters, whatever the title's length. */
  private CalendarInvite invite(Worksite worksite, Shift shift, ShiftRegistration registration,
      CalendarInvite.Method method) {
    return new CalendarInvite(method, "worksite-registration-" + registration.id() + "@parvis",
        method == CalendarInvite.Method.CANCEL ? 1 : 0, shift.startsAt(), shift.endsAt(),
        worksite.title(), place(worksite), texts().get("invite.description", worksite.description()),
        settings.get(WorksitesModule.ID, WorksitesModule.ORGANIZER_EMAIL), null);
  }

  /** The address if staff wrote one, else the coordinates (always known). */
  static String place(Worksite worksite) {
    return worksite.address().filter(a -> !a.isBlank()).orElse(String.format(Locale.ROOT,
        "%.5f, %.5f", worksite.location().latitude(), worksite.location().longitude()));
  }

  private String day(Shift shift) {
    return LocalTimes.dayWithWeekday(shift.startsAt(), zone(), texts().locale());
  }

  private String time(java.time.Instant instant) {
    return LocalTimes.time(instant, zone(), texts().locale());
  }

  /** The tenant's time zone, for the dates people read. */
  public ZoneId zone() {
    return tenant.require().zone();
  }

  private Texts texts() {
    return Texts.of("messages.worksites", tenant.require().locale());
  }
}
