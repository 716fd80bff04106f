package org.parvis.spi.web;

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
 * A portal form posted as {@code multipart/form-data} (a form with a file input): its text fields and its files.
 * Browsers send the text parts in the page's encoding (UTF-8) without saying so, hence UTF-8 rather than the part's
 * default charset. A file input the browser left empty (no bytes) is no file.
 */
public final class MultipartForm {

  /** Read at most this much of a file: the platform's attachments refuse more than 10 MB anyway (413). */
  private static final int MAX_FILE = 10 * 1024 * 1024 + 1;

  /** A file sent with the form. */
  public record Upload(String filename, byte[] content) {}

  private final List<EntityPart> parts;

  public MultipartForm(List<EntityPart> parts) {
    this.parts = parts == null ? List.of() : parts;
  }

  /** The stripped text of field {@code name}, empty when absent. */
  public String field(String name) {
    return part(name).map(p -> new String(read(p, Integer.MAX_VALUE), StandardCharsets.UTF_8)).orElse("").strip();
  }

  /** Every text field (parts without a file name) as sent; the first of a repeated name wins. */
  public Map<String, String> fields() {
    Map<String, String> values = new HashMap<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isEmpty()) {
        values.putIfAbsent(part.getName(), new String(read(part, Integer.MAX_VALUE), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  /** The file sent in input {@code name}, named {@code unnamed} when the browser gave no file name. */
  public Optional<Upload> file(String name, String unnamed) {
    return part(name)
        .map(p -> new Upload(p.getFileName().filter(f -> !f.isBlank()).orElse(unnamed), read(p, MAX_FILE)))
        .filter(upload -> upload.content().length > 0);
  }

  private Optional<EntityPart> part(String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static byte[] read(EntityPart part, int max) {
    try (InputStream in = part.getContent()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
