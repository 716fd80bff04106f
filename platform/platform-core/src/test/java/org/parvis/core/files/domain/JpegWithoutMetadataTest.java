package org.parvis.core.files.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** JPEGs are cut at their end-of-image marker and keep only their colour profile as metadata. */
class JpegWithoutMetadataTest {

  private static final String SECRET = "GPS 45.1885N 5.7245E";

  @Test
  void whatAPhoneAppendsAfterTheEndOfImageIsCut() throws IOException {
    byte[] plain = image(false);
    byte[] secondary = concat(slice(plain, 0, 2),
        segment(0xe1, ("Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII)),
        slice(plain, 2, plain.length));
    byte[] withTrailer = concat(plain, secondary, ("MotionPhoto_Data " + SECRET).getBytes(StandardCharsets.US_ASCII));

    byte[] cleaned = FileContent.withoutMetadata(withTrailer, "image/jpeg");

    assertArrayEquals(plain, cleaned, "the picture, up to and with its end marker, nothing after");
  }

  @Test
  void everyMetadataSegmentGoesButTheColourProfileStays() throws IOException {
    byte[] plain = image(false);
    byte[] icc = segment(0xe2, bytes("ICC_PROFILE\0\1\1 a colour profile"));
    byte[] withAll = concat(slice(plain, 0, 20),
        segment(0xe1, bytes("Exif\0\0" + SECRET)),
        segment(0xe1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET)),
        segment(0xe2, bytes("MPF\0" + SECRET)),
        icc,
        segment(0xed, bytes("Photoshop 3.0\0" + SECRET)),
        segment(0xfe, bytes(SECRET)),
        slice(plain, 20, plain.length));

    byte[] cleaned = FileContent.withoutMetadata(withAll, "image/jpeg");

    assertFalse(contains(cleaned, SECRET));
    assertArrayEquals(concat(slice(plain, 0, 20), icc, slice(plain, 20, plain.length)), cleaned);
  }

  @Test
  void aJfifThumbnailIsDropped() throws IOException {
    byte[] plain = image(false);
    byte[] jfifWithThumbnail = segment(0xe0, concat(bytes("JFIF\0"),
        new byte[] {1, 2, 0, 0, 1, 0, 1, 1, 1}, bytes("RGB")));
    byte[] withThumbnail = concat(slice(plain, 0, 2), jfifWithThumbnail, slice(plain, 20, plain.length));

    byte[] cleaned = FileContent.withoutMetadata(withThumbnail, "image/jpeg");

    assertEquals(16, ((cleaned[4] & 0xff) << 8) | (cleaned[5] & 0xff), "JFIF without its thumbnail");
    assertEquals(0, cleaned[18]);
    assertEquals(0, cleaned[19]);
    assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned)));
  }

  @Test
  void aProgressiveJpegWithManyScansDecodesToTheSamePixels() throws IOException {
    byte[] progressive = image(true);
    byte[] withTrailer = concat(progressive, bytes(SECRET));

    byte[] cleaned = FileContent.withoutMetadata(withTrailer, "image/jpeg");

    assertArrayEquals(progressive, cleaned);
    assertSamePixels(progressive, cleaned);
  }

  @Test
  void aStreamCutShortIsClosedWithAnEndMarker() throws IOException {
    byte[] plain = image(false);
    byte[] truncated = slice(plain, 0, plain.length - 2);

    byte[] cleaned = FileContent.withoutMetadata(truncated, "image/jpeg");

    assertArrayEquals(plain, cleaned);
  }

  /**
   * A phone-like photo built with exiftool: a 64×48 JPEG with GPS in its EXIF, followed after its
   * end-of-image marker by a secondary JPEG that has GPS in its own EXIF ({@code exiftool
   * -GPSLatitude=45.188529 -GPSLatitudeRef=N -GPSLongitude=5.724524 -GPSLongitudeRef=E} on both,
   * then {@code cat main.jpg secondary.jpg}).
   */
  @Test
  void aPhonePhotoWithAnotherLocatedImageAfterItIsPublishedWithoutLocation() throws IOException {
    byte[] photo;
    try (InputStream in = getClass().getResourceAsStream("/files/photo-with-gps-trailer.jpg")) {
      photo = in.readAllBytes();
    }
    assertEquals(2, occurrences(photo, "Exif\0\0"), "the sample has two located images");

    byte[] cleaned = FileContent.withoutMetadata(photo, "image/jpeg");

    assertEquals(0, occurrences(cleaned, "Exif\0\0"), "no EXIF left, so no GPS");
    assertEquals(1, occurrences(cleaned, "\u00ff\u00d8"), "one image only");
    assertEquals(0xd9, cleaned[cleaned.length - 1] & 0xff);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cleaned));
    assertEquals(64, decoded.getWidth());
    assertEquals(48, decoded.getHeight());
  }

  private static byte[] image(boolean progressive) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | ((x * y) & 0xff));
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (progressive) {
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static void assertSamePixels(byte[] expected, byte[] actual) throws IOException {
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(expected));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(actual));
    for (int x = 0; x < a.getWidth(); x++) {
      for (int y = 0; y < a.getHeight(); y++) {
        assertEquals(a.getRGB(x, y), b.getRGB(x, y));
      }
    }
  }

  private static byte[] segment(int marker, byte[] payload) {
    int length = payload.length + 2;
    return concat(new byte[] {(byte) 0xff, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean contains(byte[] haystack, String needle) {
    return occurrences(haystack, needle) > 0;
  }

  private static int occurrences(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).split(
        java.util.regex.Pattern.quote(needle), -1).length - 1;
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }
}
