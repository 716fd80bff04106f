package org.parvis.spi.mail;

import java.util.Objects;

/** A file attached to a {@link MailMessage}. */
public record MailAttachment(String filename, String contentType, byte[] content) {

  public MailAttachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (filename.isBlank() || filename.contains("/") || filename.contains("\\")
        || filename.contains("\n") || filename.contains("\"")) {
      throw new IllegalArgumentException("Not a plain file name: " + filename);
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
