package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.BudgetCommune.envelopeId;
import static org.parvis.it.BudgetCommune.idea;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TestIdentities;

/**
 * A phone photo with another located image after its end (built with exiftool: GPS in the EXIF
 * of both, see {@code JpegWithoutMetadataTest}) is published as the picture alone: no EXIF, so no
 * location, and nothing after the end-of-image marker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhonePhotosArePublishedWithoutLocationIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port", 8080);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Path SAMPLE =
      Path.of("../platform/platform-core/src/test/resources/files/photo-with-gps-trailer.jpg");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void theTrailingImageAndEveryPositionAreGone() throws Exception {
    byte[] photo = Files.readAllBytes(SAMPLE);
    assertEquals(2, occurrences(photo, "Exif\0\0"), "the sample carries two positions");
    var commune = BudgetCommune.create("photo-gps", "ROUX");
    var edition = commune.edition("greedy", "{\"kind\": \"APPROVAL\", \"maxChoices\": 1}",
        "[{\"name\": \"Ville\", \"amount\": 10000, \"district\": false}]");
    var authorAccount = TestIdentities.person("photographe-" + commune.tenant().slug());
    String bench = idea(commune.tenant().http().as(authorAccount.token()), edition.getString("id"),
        envelopeId(edition, 0), "Banc cassé", 500);

    var added = HTTP.send(request("/api/budget/ideas/" + bench + "/photos?filename=banc.jpg&alt="
            + URLEncoder.encode("Un banc cassé", StandardCharsets.UTF_8), commune.tenant().host())
        .header("Authorization", "Bearer " + authorAccount.token())
        .header("Content-Type", "image/jpeg")
        .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, added.statusCode(), added::body);
    String url = jakarta.json.Json.createReader(new java.io.StringReader(added.body()))
        .readObject().getString("url");

    var served = HTTP.send(request(url, commune.tenant().host()).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, served.statusCode());
    byte[] published = served.body();
    assertEquals(0, occurrences(published, "Exif\0\0"), "no position left");
    assertEquals(1, occurrences(published, "\u00ff\u00d8\u00ff"), "one image, nothing after it");
    assertEquals(0xd9, published[published.length - 1] & 0xff);
    var image = ImageIO.read(new ByteArrayInputStream(published));
    assertEquals(64, image.getWidth());
    assertTrue(published.length < photo.length);
  }

  private static HttpRequest.Builder request(String path, String host) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + PORT)
        .header("Accept", "application/json, image/*");
  }

  private static int occurrences(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1)
        .split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
