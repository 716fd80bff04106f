package org.parvis.modules.budget.interfaces.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.problem.ProblemException;

/**
 * A photo sent by a portal form: its file part and its alternative text, checked at the edge. The
 * content is read up to one byte over the platform's limit, so that a larger file is refused by
 * {@link Attachments} (413) without being read whole.
 */
record PhotoUpload(String filename, byte[] content, String alt) {

  static final int MAX_ALT = 500;

  /** Text fields are short (a token, a choice, an alternative text): the rest is not read. */
  private static final int MAX_TEXT_BYTES = 8 * 1024;

  static PhotoUpload of(EntityPart file, String alt) {
    if (alt == null || alt.isBlank()) {
      throw new Invalid("alt", "describe the photo for people who cannot see it");
    }
    if (alt.length() > MAX_ALT) {
      throw new Invalid("alt", "must be at most " + MAX_ALT + " characters");
    }
    byte[] content = file == null ? new byte[0] : read(file);
    if (content.length == 0) {
      throw new Invalid("file", "choose a file");
    }
    String filename = file.getFileName().filter(name -> !name.isBlank()).orElse("photo");
    return new PhotoUpload(filename, content, alt.strip());
  }

  /**
   * A text field's value, or null when the form did not send it. Browsers send text fields in the
   * page's encoding (UTF-8) without saying so: read as UTF-8, not as the default ISO-8859-1.
   */
  static String text(EntityPart part) {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getContent()) {
      return new String(in.readNBytes(MAX_TEXT_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the photo was refused, in the reader's language. */
  static Refusal refusal(ProblemException refused, BudgetMessages m) {
    String reason = switch (refused.status()) {
      case 401, 403 -> "forbidden";
      case 409 -> "notFunded";
      case 413 -> "size";
      case 415 -> "type";
      case 400, 422 -> refused instanceof Invalid invalid ? invalid.reason : "alt";
      default -> "other";
    };
    return Refusal.of(m.get("budget.photo.refused", m.get("budget.photo.refused." + reason)));
  }

  /** A form field refused at the edge; {@code reason} names the text that explains it. */
  static final class Invalid extends ProblemException {
    private final String reason;

    Invalid(String reason, String detail) {
      super(400, "urn:parvis:problem:invalid-request", "Invalid request",
          "'" + (reason.equals("file") ? "photo" : reason) + "' " + detail);
      this.reason = reason;
    }
  }

  private static byte[] read(EntityPart file) {
    try (InputStream in = file.getContent()) {
      return in.readNBytes((int) Attachments.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
