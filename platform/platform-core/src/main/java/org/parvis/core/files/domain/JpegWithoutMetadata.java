package org.parvis.core.files.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A JPEG with nothing but what it takes to show the picture, for {@link FileContent}. */
final class JpegWithoutMetadata {

  private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
  /** A JFIF APP0 segment's length without a thumbnail: identifier, version, units, densities, 0×0. */
  private static final int JFIF_LENGTH = 16;

  private JpegWithoutMetadata() {}

  /**
   * Rewrites the JPEG segment by segment and cuts it at the end-of-image marker: whatever a phone
   * appends after it (secondary images, maker trailers, motion-photo video, each with its own
   * location) is dropped, and so are all metadata segments (EXIF, XMP, MPF, comments…) except
   * the colour profile (ICC, APP2) and the two that only say how to decode the colours (JFIF
   * without its thumbnail, Adobe). A stream that ends before its end marker is closed with one.
   */
  static byte[] of(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int i = 2;
    boolean scanned = false;
    while (i + 2 <= in.length) {
      if ((in[i] & 0xff) != 0xff) {
        throw new IllegalArgumentException("Broken JPEG segment at byte " + i);
      }
      int marker = in[i + 1] & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      if (marker == 0xd9) {
        out.write(in, i, 2);
        return out.toByteArray();
      }
      if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
        out.write(in, i, 2);
        i += 2;
        continue;
      }
      int length = i + 4 <= in.length ? ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff) : -1;
      if (length < 2 || i + 2 + length > in.length) {
        throw new IllegalArgumentException("Broken JPEG segment at byte " + i);
      }
      writeKept(in, i, marker, length, out);
      i += 2 + length;
      if (marker == 0xda) {
        scanned = true;
        int end = endOfScan(in, i);
        out.write(in, i, end - i);
        i = end;
      }
    }
    if (!scanned) {
      throw new IllegalArgumentException("JPEG without image data");
    }
    out.write(0xff);
    out.write(0xd9);
    return out.toByteArray();
  }

  /** Writes the segment at {@code i} unless it is metadata; a JFIF header loses its thumbnail. */
  private static void writeKept(byte[] in, int i, int marker, int length, ByteArrayOutputStream out) {
    boolean application = marker >= 0xe0 && marker <= 0xef;
    if (marker == 0xfe || application && !(marker == 0xe0 && FileContent.startsWith(in, JFIF, i + 4)
        || marker == 0xe2 && FileContent.startsWith(in, ICC, i + 4)
        || marker == 0xee && FileContent.startsWith(in, ADOBE, i + 4))) {
      return;
    }
    if (marker == 0xe0 && length >= JFIF_LENGTH) {
      byte[] header = Arrays.copyOfRange(in, i, i + 2 + JFIF_LENGTH);
      header[2] = 0;
      header[3] = (byte) JFIF_LENGTH;
      header[16] = 0;
      header[17] = 0;
      out.write(header, 0, header.length);
      return;
    }
    out.write(in, i, 2 + length);
  }

  /** The index of the first marker after the entropy-coded data that starts at {@code i}. */
  private static int endOfScan(byte[] in, int i) {
    int j = i;
    while (j + 1 < in.length) {
      if ((in[j] & 0xff) == 0xff) {
        int next = in[j + 1] & 0xff;
        if (next != 0x00 && !(next >= 0xd0 && next <= 0xd7)) {
          return j;
        }
        j += 2;
      } else {
        j++;
      }
    }
    return in.length;
  }
}
