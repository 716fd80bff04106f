package org.parvis.modules.worksites.interfaces.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.parvis.modules.worksites.application.PhotoUpload;

/**
 * A portal form posted as {@code multipart/form-data} (a form with a photo): its text fields and
 * its optional image. A file field left empty by the browser (no file name, no bytes) is no photo.
 */
final class MultipartForm {

  /** Read at most this much of a file: the platform refuses more than 10 MB anyway (413). */
  private static final int MAX_FILE = 10 * 1024 * 1024 + 1;

  private final List<EntityPart> parts;

  MultipartForm(List<EntityPart> parts) {
    this.parts = parts == null ? List.of() : parts;
  }

  /**
   * The stripped text of field {@code name}, empty when absent. Browsers send the text parts in the
   * page's encoding (UTF-8) without saying so, hence not the part's default text charset.
   */
  String field(String name) {
    return part(name).map(p -> {
      try (InputStream in = p.getContent()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).orElse("").strip();
  }

  /** The image sent in file field {@code name} with its caption (text alternative), if any. */
  Optional<PhotoUpload> photo(String name, String caption) {
    Optional<EntityPart> part = part(name);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    byte[] content;
    try (InputStream in = part.get().getContent()) {
      content = in.readNBytes(MAX_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String filename = part.get().getFileName().filter(f -> !f.isBlank()).orElse("photo");
    return content.length == 0 ? Optional.empty()
        : Optional.of(new PhotoUpload(filename, content, caption));
  }

  private Optional<EntityPart> part(String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }
}
