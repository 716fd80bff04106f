package org.parvis.modules.petitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Tells a petition's followers, in the tenant's language, that it goes before the council, when
 * the council meets, and what it answered. Called inside the transaction that changed the
 * petition: nothing is sent if that change rolls back. Once the answer is sent the addresses are
 * deleted.
 */
@ApplicationScoped
public class PetitionNotifications {

  @Inject PetitionRepository petitions;
  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;

  public void referred(Petition petition) {
    notifyFollowers(petition, "mail.referred", petition.title());
  }

  public void meetingScheduled(Petition petition) {
    Locale locale = tenant.require().locale();
    String date = petition.councilMeetingDate()
        .map(d -> LocalTimes.day(d, locale))
        .orElseThrow();
    notifyFollowers(petition, "mail.meeting", petition.title(), date);
  }

  public void answered(Petition petition) {
    String decision = texts().get("mail.decision." + petition.decision().orElseThrow().name());
    notifyFollowers(petition, "mail.answered", petition.title(), decision,
        petition.answer().orElse(""));
    petitions.forgetFollowers(petition.id());
  }

  private void notifyFollowers(Petition petition, String key, Object... arguments) {
    Texts texts = texts();
    String subject = MailSubject.of(texts.get(key + ".subject", arguments));
    String body = texts.get(key + ".body", arguments) + "\n\n"
        + texts.get("mail.footer", tenant.require().displayName());
    for (String email : petitions.followerEmails(petition.id())) {
      mailer.send(MailMessage.of(email, subject, body));
    }
  }

  private Texts texts() {
    return Texts.of("messages.petitions", tenant.require().locale());
  }
}
