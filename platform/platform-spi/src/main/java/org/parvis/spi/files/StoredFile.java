package org.parvis.spi.files;

import java.util.UUID;

/**
 * A file kept by {@link Attachments}.
 *
 * @param contentType the type detected from the content ({@code image/jpeg}, {@code image/png},
 *     {@code image/webp} or {@code application/pdf})
 * @param sha256 hex digest of the content, so that anyone can check a published document
 */
public record StoredFile(UUID id, String module, String filename, String contentType, long size,
    String sha256) {

  /** Where browsers fetch the file on the tenant's host. */
  public String url() {
    return "/files/" + id;
  }

  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}
