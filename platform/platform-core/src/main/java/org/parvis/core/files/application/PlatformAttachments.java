package org.parvis.core.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.parvis.core.files.domain.FileContent;
import org.parvis.core.files.domain.PlatformFile;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.problem.ProblemException;

/**
 * The platform's {@link Attachments}: checks what a file is from its bytes, removes embedded
 * metadata from images (camera position and the like), and keeps it in the tenant's rows.
 */
@ApplicationScoped
@Transactional
public class PlatformAttachments implements Attachments {

  private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final int MAX_NAME = 200;

  @PersistenceContext private EntityManager em;

  @Override
  public StoredFile store(String module, String filename, byte[] content) {
    if (module == null || !MODULE_ID.matcher(module).matches()) {
      throw new IllegalArgumentException("Not a module id: " + module);
    }
    if (content == null || content.length == 0) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "file",
          "The file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ProblemException(413, "urn:parvis:problem:file-too-large", "File too large",
          "A file may have at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    String type = FileContent.detectType(content).orElseThrow(() -> new ProblemException(415,
        "urn:parvis:problem:file-type-not-accepted", "File type not accepted",
        "Only JPEG, PNG and WebP images and PDF documents are accepted"));
    byte[] cleaned;
    try {
      cleaned = FileContent.withoutMetadata(content, type);
    } catch (IllegalArgumentException broken) {
      throw new ProblemException(415, "urn:parvis:problem:file-type-not-accepted",
          "File type not accepted", "The file is damaged: " + broken.getMessage());
    }
    PlatformFile file = new PlatformFile(module, plainName(filename, type), type, cleaned,
        sha256(cleaned));
    em.persist(file);
    return file.describe();
  }

  @Override
  public Optional<StoredFile> find(UUID id) {
    return Optional.ofNullable(em.find(PlatformFile.class, id)).map(PlatformFile::describe);
  }

  /** The file with its content, for serving it. */
  public Optional<PlatformFile> load(UUID id) {
    return Optional.ofNullable(em.find(PlatformFile.class, id));
  }

  @Override
  public void delete(UUID id) {
    em.createQuery("delete from PlatformFile f where f.id = :id").setParameter("id", id)
        .executeUpdate();
  }

  /** The last path segment without control characters or quotes, or a name made from the type. */
  static String plainName(String given, String type) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "file." + type.substring(type.indexOf('/') + 1);
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
