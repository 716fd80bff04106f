package org.parvis.modules.convention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.spi.mail.CalendarInvite;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Emails to volunteers who gave an address, in the tenant's language, queued in the caller's
 * transaction: the result of the draw (seated or not), a seat won by replacement, and each
 * session with a calendar invitation.
 */
@ApplicationScoped
public class ConventionNotifications {

  /** Session times are shown in the communes' zone; the invitation itself is in UTC. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

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
    ResourceBundle texts = texts(locale);
    String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale).format(s.startsAt().atZone(ZONE));
    String place = s.place() == null || s.place().isBlank() ? ""
        : format(texts.getString("mail.session.place"), locale, s.place());
    CalendarInvite invite = new CalendarInvite(CalendarInvite.Method.REQUEST,
        "convention-session-" + s.id() + "@" + tenant.require().slug(), 0, s.startsAt(),
        s.endsAt(), s.title() + " — " + c.title(), s.place(), s.agenda(), organizer(), null);
    for (Volunteer v : members) {
      v.email().ifPresent(email -> mailer.send(message(email, texts, locale, "mail.session",
          new Object[] {s.title(), c.title(), when, place, s.agenda()})
          .with(invite.toAttachment())));
    }
  }

  private void send(Volunteer v, String key, Object... arguments) {
    Locale locale = tenant.require().locale();
    v.email().ifPresent(email -> mailer.send(message(email, texts(locale), locale, key, arguments)));
  }

  private MailMessage message(String email, ResourceBundle texts, Locale locale, String key,
      Object[] arguments) {
    String subject = format(texts.getString(key + ".subject"), locale, arguments)
        .replaceAll("[\\r\\n]+", " ");
    if (subject.length() > 200) {
      subject = subject.substring(0, 199) + "…";
    }
    String body = format(texts.getString(key + ".body"), locale, arguments) + "\n\n"
        + format(texts.getString("mail.footer"), locale, tenant.require().displayName());
    return MailMessage.of(email, subject, body);
  }

  /** The platform's sender address (the same system property), shown as the organizer. */
  private static String organizer() {
    return System.getProperty("parvis.mail.from", "no-reply@parvis.localhost");
  }

  private static String format(String pattern, Locale locale, Object... arguments) {
    return new MessageFormat(pattern, locale).format(arguments);
  }

  private static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle("messages.convention", locale,
        ConventionNotifications.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
