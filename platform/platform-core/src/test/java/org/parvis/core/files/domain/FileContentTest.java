package org.parvis.core.files.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FileContentTest {

  private static final String SECRET = "GPS 45.1885N 5.7245E";

  @Test
  void recognisesTypesByContentNotByName() throws IOException {
    assertEquals(Optional.of("image/jpeg"), FileContent.detectType(image("jpg")));
    assertEquals(Optional.of("image/png"), FileContent.detectType(image("png")));
    assertEquals(Optional.of("image/webp"), FileContent.detectType(webp(false)));
    assertEquals(Optional.of("application/pdf"),
        FileContent.detectType("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), FileContent.detectType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), FileContent.detectType("<html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), FileContent.detectType(new byte[0]));
  }

  @Test
  void jpegLosesExifButStaysAReadableImage() throws IOException {
    byte[] plain = image("jpg");
    byte[] app1 = segment(0xe1, ("Exif\0\0" + SECRET).getBytes(StandardCharsets.US_ASCII));
    byte[] withExif = concat(slice(plain, 0, 2), app1, slice(plain, 2, plain.length));
    assertTrue(contains(withExif, SECRET));

    byte[] cleaned = FileContent.withoutMetadata(withExif, "image/jpeg");
    assertFalse(contains(cleaned, SECRET));
    assertArrayEquals(plain, cleaned, "only the EXIF segment is removed");
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cleaned));
    assertNotNull(decoded);
    assertEquals(8, decoded.getWidth());
  }

  @Test
  void pngLosesTextChunks() throws IOException {
    byte[] plain = image("png");
    int iend = plain.length - 12;
    byte[] text = chunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
    byte[] withText = concat(slice(plain, 0, iend), text, slice(plain, iend, plain.length));
    assertTrue(contains(withText, SECRET));

    byte[] cleaned = FileContent.withoutMetadata(withText, "image/png");
    assertArrayEquals(plain, cleaned);
    assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned)));
  }

  @Test
  void webpLosesExifAndItsFlag() {
    byte[] withExif = webp(true);
    assertTrue(contains(withExif, SECRET));
    byte[] cleaned = FileContent.withoutMetadata(withExif, "image/webp");
    assertFalse(contains(cleaned, SECRET));
    assertArrayEquals(webp(false), cleaned);
  }

  @Test
  void brokenImagesAreRefused() throws IOException {
    byte[] plain = image("jpg");
    assertThrows(IllegalArgumentException.class,
        () -> FileContent.withoutMetadata(slice(plain, 0, 20), "image/jpeg"));
    byte[] png = image("png");
    assertThrows(IllegalArgumentException.class,
        () -> FileContent.withoutMetadata(slice(png, 0, png.length - 12), "image/png"));
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    image.setRGB(2, 3, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A minimal extended WebP: VP8X (with the EXIF flag when there is EXIF), a fake VP8L, EXIF. */
  private static byte[] webp(boolean exif) {
    byte[] vp8x = new byte[10];
    vp8x[0] = (byte) (exif ? 0x08 : 0x00);
    byte[] body = concat(riffChunk("VP8X", vp8x), riffChunk("VP8L", new byte[] {0x2f, 1, 2}),
        exif ? riffChunk("EXIF", SECRET.getBytes(StandardCharsets.US_ASCII)) : new byte[0]);
    ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
        .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
    return out.array();
  }

  private static byte[] riffChunk(String type, byte[] data) {
    int padded = data.length + (data.length & 1);
    ByteBuffer out = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    out.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return out.array();
  }

  private static byte[] segment(int marker, byte[] data) {
    int length = data.length + 2;
    return concat(new byte[] {(byte) 0xff, (byte) marker, (byte) (length >> 8), (byte) length}, data);
  }

  private static byte[] chunk(String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.US_ASCII));
    crc.update(data);
    ByteBuffer out = ByteBuffer.allocate(12 + data.length);
    out.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data)
        .putInt((int) crc.getValue());
    return out.array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }
}
