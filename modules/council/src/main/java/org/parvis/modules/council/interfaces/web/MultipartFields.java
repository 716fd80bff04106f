package org.parvis.modules.council.interfaces.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A portal form posted as {@code multipart/form-data}: its text fields (as {@link Typed} values)
 * and its optional file. A file field the browser left empty (no bytes) is no file.
 */
final class MultipartFields {

  /** Read at most this much of a file: the platform refuses more than 10 MB anyway (413). */
  private static final int MAX_FILE = 10 * 1024 * 1024 + 1;

  /** A file sent with the form. */
  record Upload(String filename, byte[] content) {}

  private final List<EntityPart> parts;

  MultipartFields(List<EntityPart> parts) {
    this.parts = parts == null ? List.of() : parts;
  }

  /** The text fields, read as UTF-8 (browsers send the page's encoding without saying so). */
  Typed typed(String form) {
    Map<String, String> values = new HashMap<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isEmpty()) {
        values.putIfAbsent(part.getName(), new String(read(part, Integer.MAX_VALUE), StandardCharsets.UTF_8));
      }
    }
    return new Typed(form, values, null);
  }

  Optional<Upload> file(String name) {
    return parts.stream().filter(p -> name.equals(p.getName()) && p.getFileName().isPresent()).findFirst()
        .map(p -> new Upload(p.getFileName().filter(f -> !f.isBlank()).orElse("document"), read(p, MAX_FILE)))
        .filter(u -> u.content().length > 0);
  }

  private static byte[] read(EntityPart part, int max) {
    try (InputStream in = part.getContent()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
