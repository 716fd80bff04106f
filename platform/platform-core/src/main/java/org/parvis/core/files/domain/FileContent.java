package org.parvis.core.files.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file really is, judged from its bytes, and the same file without the metadata
 * that cameras and phones embed (EXIF with GPS position, XMP, text chunks): a resident's photo of
 * a broken bench must not publish where they live.
 */
public final class FileContent {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private FileContent() {}

  /** The accepted type of {@code bytes} ({@code image/jpeg}, {@code image/png}, {@code image/webp}, {@code application/pdf}). */
  public static Optional<String> detectType(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, PNG, 0)) {
      return Optional.of("image/png");
    }
    if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
      return Optional.of("image/webp");
    }
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0)) {
      return Optional.of("application/pdf");
    }
    return Optional.empty();
  }

  /**
   * The file without embedded metadata, for the image types; PDF is returned as is.
   *
   * @throws IllegalArgumentException when the image's structure is broken
   */
  public static byte[] withoutMetadata(byte[] bytes, String type) {
    return switch (type) {
      case "image/jpeg" -> JpegWithoutMetadata.of(bytes);
      case "image/png" -> pngWithoutMetadata(bytes);
      case "image/webp" -> webpWithoutMetadata(bytes);
      default -> bytes;
    };
  }

  /** Drops the ancillary chunks that carry metadata: eXIf, tEXt, zTXt, iTXt, tIME. */
  private static byte[] pngWithoutMetadata(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, PNG.length);
    int i = PNG.length;
    while (i + 12 <= in.length) {
      long length = ByteBuffer.wrap(in, i, 4).getInt() & 0xffffffffL;
      if (i + 12 + length > in.length) {
        throw new IllegalArgumentException("Broken PNG chunk at byte " + i);
      }
      String type = ascii(in, i + 4, 4);
      if (!Arrays.asList("eXIf", "tEXt", "zTXt", "iTXt", "tIME").contains(type)) {
        out.write(in, i, (int) (12 + length));
      }
      i += (int) (12 + length);
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    throw new IllegalArgumentException("PNG without an end chunk");
  }

  /** Drops EXIF and XMP chunks and clears their flags in the VP8X header. */
  private static byte[] webpWithoutMetadata(byte[] in) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream(in.length);
    int i = 12;
    while (i + 8 <= in.length) {
      String type = ascii(in, i, 4);
      long size = ByteBuffer.wrap(in, i + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
      long padded = size + (size & 1);
      if (i + 8 + padded > in.length) {
        throw new IllegalArgumentException("Broken WebP chunk at byte " + i);
      }
      if (!type.equals("EXIF") && !type.equals("XMP ")) {
        byte[] chunk = Arrays.copyOfRange(in, i, (int) (i + 8 + padded));
        if (type.equals("VP8X") && chunk.length > 8) {
          chunk[8] &= (byte) ~0x0c;
        }
        chunks.write(chunk, 0, chunk.length);
      }
      i += (int) (8 + padded);
    }
    byte[] body = chunks.toByteArray();
    ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
        .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
    return out.array();
  }

  static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.US_ASCII);
  }
}
