package org.parvis.core.mail.infrastructure.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.parvis.core.mail.application.MailFailure;

class SmtpFailuresTest {

  @Test
  void anAddressThatDoesNotParseIsPermanent() {
    assertEquals(MailFailure.PERMANENT,
        SmtpFailures.classify(new AddressException("Missing ')'", "a(b@example.org")));
  }

  @Test
  void aRecipientRefusedByTheServerIsPermanent() throws AddressException {
    var refused = new SendFailedException("Invalid Addresses",
        new MessagingException("550 5.1.1 <x@example.org>: Recipient address rejected"),
        new Address[0], new Address[0], new Address[] {new InternetAddress("x@example.org")});
    assertEquals(MailFailure.PERMANENT, SmtpFailures.classify(refused));
  }

  @Test
  void aNestedFiveHundredReplyIsPermanent() {
    var failure = new MessagingException("Could not send",
        new MessagingException("554 5.7.1 Message rejected\n"));
    assertEquals(MailFailure.PERMANENT, SmtpFailures.classify(failure));
  }

  @Test
  void aFourHundredReplyOrADroppedConnectionIsTransient() {
    assertEquals(MailFailure.TRANSIENT,
        SmtpFailures.classify(new MessagingException("451 4.3.0 Try again later")));
    assertEquals(MailFailure.TRANSIENT,
        SmtpFailures.classify(new MessagingException("Exception reading response")));
  }

  @Test
  void aServerThatCannotBeReachedIsUnreachable() {
    var failure = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
        new ConnectException("Connection refused"));
    assertEquals(MailFailure.UNREACHABLE, SmtpFailures.classify(failure));
  }

  @Test
  void aCycleOfCausesEnds() {
    var first = new MessagingException("first");
    var second = new MessagingException("second", first);
    first.setNextException(second);
    assertEquals(MailFailure.TRANSIENT, SmtpFailures.classify(first));
  }
}
