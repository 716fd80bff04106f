package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Tells the asker and the supporters who gave an address, in the tenant's language, that their question is answered.
 * Called inside the transaction that published the answer: nothing is sent if it rolls back. The addresses are then
 * forgotten.
 */
@ApplicationScoped
public class QuestionNotifications {

  @Inject QuestionRepository questions;
  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;

  public void answered(Question question) {
    var ref = tenant.require();
    Texts texts = Texts.of("messages.questions", ref.locale());
    String day = LocalTimes.day(question.answeredOn().orElseThrow(), ref.locale());
    String subject = MailSubject.of(texts.get("mail.answered.subject", question.title()));
    String body = texts.get("mail.answered.body", question.title(), day, question.answer().orElse(""))
        + question.videoLink().map(link -> "\n\n" + texts.get("mail.answered.video", link)).orElse("")
        + "\n\n" + texts.get("mail.footer", ref.displayName());
    Set<String> to = new LinkedHashSet<>();
    question.askerEmail().ifPresent(to::add);
    to.addAll(questions.supporterEmails(question.id()));
    for (String email : to) {
      mailer.send(MailMessage.of(email, subject, body));
    }
    question.forgetAskerEmail();
    questions.forgetSupporterEmails(question.id());
  }
}
