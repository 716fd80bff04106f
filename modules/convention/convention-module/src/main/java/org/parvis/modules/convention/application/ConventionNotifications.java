package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.mail.CalendarInvite;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Emails to volunteers who gave an address, in the tenant's language, queued in the caller's
 * transaction: the result of the draw (seated or not), a seat won by replacement, and each
 * session with a calendar invitation.
 */
@ApplicationScoped
public class ConventionNotifications {

  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;

  void drawn(Convention c, List<Volunteer> volunteers) {
    for (Volunteer v : volunteers) {
      switch (v.status()) {
        case SEATED -> send(v, "mail.seated", c.title(), c.seed().orElse(""), c.panelSize());
        case NOT_SELECTED -> send(v, "mail.notSelected", c.title(), c.seed().orElse(""));
        default -> { }
      }
    }
  }

  void replacementsSeated(Convention c, List<Volunteer> seated, String seed) {
    seated.forEach(v -> send(v, "mail.replacement", c.title(), seed));
  }

  void session(Convention c, Session s, List<Volunteer> members) {
    Locale locale = tenant.require().locale();
    Texts texts = Texts.of("messages.convention", locale);
    String when = LocalTimes.dateTime(s.startsAt(), zone(), locale);
    String place = s.place() == null || s.place().isBlank() ? ""
        : texts.get("mail.session.place", s.place());
    CalendarInvite invite = new CalendarInvite(CalendarInvite.Method.REQUEST,
        "convention-session-" + s.id() + "@" + tenant.require().slug(), 0, s.startsAt(),
        s.endsAt(), s.title() + " — " + c.title(), s.place(), s.agenda(), organizer(), null);
    for (Volunteer v : members) {
      v.email().ifPresent(email -> mailer.send(message(email, texts, "mail.session",
          new Object[] {s.title(), c.title(), when, place, s.agenda()})
          .with(invite.toAttachment())));
    }
  }

  private void send(Volunteer v, String key, Object... arguments) {
    Texts texts = Texts.of("messages.convention", tenant.require().locale());
    v.email().ifPresent(email -> mailer.send(message(email, texts, key, arguments)));
  }

  private MailMessage message(String email, Texts texts, String key, Object[] arguments) {
    String subject = MailSubject.of(texts.get(key + ".subject", arguments));
    String body = texts.get(key + ".body", arguments) + "\n\n"
        + texts.get("mail.footer", tenant.require().displayName());
    return MailMessage.of(email, subject, body);
  }

  /** Session times are shown in the tenant's time zone; the invitation itself is in UTC. */
  public ZoneId zone() {
    return tenant.require().zone();
  }

  /**
   * The platform's sender address, shown as the organizer: the same setting as the platform's mail ({@code
   * parvis.mail.from}, or {@code PARVIS_MAIL_FROM} in the environment, as production sets it).
   */
  private static String organizer() {
    String property = System.getProperty("parvis.mail.from");
    String environment = System.getenv("PARVIS_MAIL_FROM");
    return property != null && !property.isBlank() ? property
        : environment != null && !environment.isBlank() ? environment : "no-reply@parvis.localhost";
  }
}
