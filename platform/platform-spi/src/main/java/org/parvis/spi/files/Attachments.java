package org.parvis.spi.files;

import java.util.Optional;
import java.util.UUID;

/**
 * Files that people attach to what they publish (photos of an idea or a worksite, documents of
 * a meeting), stored by the platform for the current tenant. Injectable.
 *
 * <p>The platform checks the content, not the declared type: only JPEG, PNG, WebP and PDF files
 * of at most {@link #MAX_BYTES} bytes are accepted. A stored file is served to anyone on the
 * tenant's host at {@link StoredFile#url()}; a module only shows the ids of files it means to
 * publish, and deletes files whose owner is deleted.
 */
public interface Attachments {

  long MAX_BYTES = 10L * 1024 * 1024;

  /**
   * Stores a file in the caller's transaction.
   *
   * @param module the id of the owning module, e.g. {@code worksites}
   * @param filename the name given by the uploader (only its last path segment is kept)
   * @throws org.parvis.spi.problem.ProblemException 413 when too large, 415 when the content is not
   *     an accepted type
   */
  StoredFile store(String module, String filename, byte[] content);

  /** The file's description, if it exists in the current tenant. */
  Optional<StoredFile> find(UUID id);

  /** Deletes the file, if it exists in the current tenant. */
  void delete(UUID id);
}
