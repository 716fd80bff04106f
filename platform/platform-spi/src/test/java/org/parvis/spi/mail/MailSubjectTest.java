package org.parvis.spi.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MailSubjectTest {

  @Test
  void aLongReferralTitleIsCutWithAnEllipsis() {
    String subject = MailSubject.of("Rappel : " + "Aménagement des berges ".repeat(20));

    assertEquals(MailSubject.MAX_LENGTH, subject.length());
    assertTrue(subject.startsWith("Rappel : Aménagement des berges"));
    assertTrue(subject.endsWith("…"));
  }

  @Test
  void lineBreaksAndControlCharactersBecomeOneSpace() {
    assertEquals("Réunion du conseil Bcc: x@evil.example",
        MailSubject.of("Réunion\r\n du conseil\u0000\tBcc: x@evil.example\n"));
  }

  @Test
  void bidirectionalOverridesAreRemoved() {
    assertEquals("Chantier gpj.exe", MailSubject.of("Chantier \u202Egpj.exe\u202C"));
  }

  @Test
  void aShortOrdinarySubjectIsKeptAsItIs() {
    assertEquals("Votre inscription au chantier « Parc des Buttes »",
        MailSubject.of("Votre inscription au chantier « Parc des Buttes »"));
  }

  @Test
  void nothingPrintableGivesTheFallback() {
    assertEquals("Parvis", MailSubject.of(null));
    assertEquals("Parvis", MailSubject.of(" \r\n\u202E "));
  }

  @Test
  void anEmojiIsNeverCutInHalf() {
    String subject = MailSubject.of("a".repeat(MailSubject.MAX_LENGTH - 2) + "😀😀😀");

    assertTrue(subject.length() <= MailSubject.MAX_LENGTH);
    assertFalse(Character.isHighSurrogate(subject.charAt(subject.length() - 2)));
  }

  @Test
  void neverThrowsAndAlwaysGivesASafeLineOnAnyInput() {
    Random random = new Random(18);
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(400)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
      }
      String subject = MailSubject.of(new String(chars));

      assertFalse(subject.isBlank());
      assertTrue(subject.length() <= MailSubject.MAX_LENGTH, subject);
      assertTrue(subject.chars().noneMatch(Character::isISOControl), subject);
      assertTrue(subject.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
      assertEquals(subject, MailSubject.of(subject), "stable");
      new MailMessage("someone@example.org", new String(chars), "body", java.util.List.of());
    }
  }
}
