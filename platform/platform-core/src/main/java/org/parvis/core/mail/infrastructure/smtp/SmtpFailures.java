package org.parvis.core.mail.infrastructure.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.parvis.core.mail.application.MailFailure;

/**
 * Tells a permanent refusal from a failure worth retrying, from what Jakarta Mail threw: an
 * address that does not parse or that the server refused (its RCPT reply was 5xx), or any SMTP
 * reply 5xx, is permanent; a server that cannot be reached is nobody's message's fault; anything
 * else (4xx, dropped connection) is transient.
 */
final class SmtpFailures {

  private static final Pattern PERMANENT_REPLY = Pattern.compile("^\\s*5\\d\\d[ -].*", Pattern.DOTALL);

  private SmtpFailures() {}

  static MailFailure classify(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    boolean permanent = false;
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = next(t)) {
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return MailFailure.UNREACHABLE;
      }
      permanent |= t instanceof AddressException
          || t instanceof SendFailedException sendFailed && hasAny(sendFailed.getInvalidAddresses())
          || t.getMessage() != null && PERMANENT_REPLY.matcher(t.getMessage()).matches();
    }
    return permanent ? MailFailure.PERMANENT : MailFailure.TRANSIENT;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause();
  }

  private static boolean hasAny(Object[] addresses) {
    return addresses != null && addresses.length > 0;
  }
}
