package org.parvis.spi.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One email to one person: plain text (readable by every client and screen reader) and optional
 * attachments such as a {@link CalendarInvite}. The subject is always made safe by {@link
 * MailSubject}, whatever it was built from.
 */
public record MailMessage(String to, String subject, String text, List<MailAttachment> attachments) {

  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    if (!looksLikeAnAddress(to)) {
      throw new IllegalArgumentException("Not an email address: " + to);
    }
    subject = MailSubject.of(subject);
    attachments = List.copyOf(attachments);
  }

  public static MailMessage of(String to, String subject, String text) {
    return new MailMessage(to, subject, text, List.of());
  }

  public MailMessage with(MailAttachment attachment) {
    List<MailAttachment> all = new ArrayList<>(attachments);
    all.add(attachment);
    return new MailMessage(to, subject, text, all);
  }

  /** A deliberately loose check: one {@code @}, something on both sides, no spaces or line breaks. */
  public static boolean looksLikeAnAddress(String address) {
    if (address == null || address.length() > 254) {
      return false;
    }
    int at = address.indexOf('@');
    return at > 0 && at == address.lastIndexOf('@') && at < address.length() - 1
        && address.substring(at + 1).contains(".")
        && address.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>' || c == ',');
  }
}
