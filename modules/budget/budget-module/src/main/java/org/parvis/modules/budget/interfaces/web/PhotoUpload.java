package org.parvis.modules.budget.interfaces.web;

import java.util.Optional;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.MultipartForm.Upload;

/**
 * A photo sent by a portal form: its file (as the platform's {@link MultipartForm} reads it, at
 * most one byte over the attachments' limit, so that a larger file is refused with 413) and its
 * alternative text, checked at the edge.
 */
record PhotoUpload(String filename, byte[] content, String alt) {

  static final int MAX_ALT = 500;

  static PhotoUpload of(Optional<Upload> file, String alt) {
    if (alt == null || alt.isBlank()) {
      throw new Invalid("alt", "describe the photo for people who cannot see it");
    }
    if (alt.length() > MAX_ALT) {
      throw new Invalid("alt", "must be at most " + MAX_ALT + " characters");
    }
    Upload upload = file.orElseThrow(() -> new Invalid("file", "choose a file"));
    return new PhotoUpload(upload.filename(), upload.content(), alt.strip());
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
}
