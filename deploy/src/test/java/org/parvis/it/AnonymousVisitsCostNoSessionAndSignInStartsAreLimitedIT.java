package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;

/**
 * Floods of anonymous requests cost the server nothing it keeps: 2,000 page views create no HTTP
 * session (no session cookie is ever set), and sign-in starts, which each write a row, are limited
 * per client address and host (then 429).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousVisitsCostNoSessionAndSignInStartsAreLimitedIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port", 8080);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void twoThousandAnonymousPageViewsCreateNoSession() throws Exception {
    var commune = TenantFixtures.commune("affluence");
    List<String> pages = List.of("/", "/page-qui-n-existe-pas", "/me/residency", "/operator");
    int withCookie = 0;
    int answered = 0;
    for (int i = 0; i < 2_000; i++) {
      var response = get(commune.host(), pages.get(i % pages.size()));
      answered += response.statusCode() < 500 ? 1 : 0;
      if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
        withCookie++;
      }
    }
    assertEquals(2_000, answered);
    assertEquals(0, withCookie, "no anonymous page view creates a session");
    assertEquals(200, get(commune.host(), "/").statusCode());
  }

  @Test
  void rapidSignInStartsFromOneAddressAreRefusedOverTheLimit() throws Exception {
    var commune = TenantFixtures.commune("ruee");
    int started = 0;
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      var response = get(commune.host(), "/auth/login?return=/");
      if (response.statusCode() == 303) {
        started++;
      } else {
        assertEquals(429, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        refused++;
      }
    }
    assertEquals(30, started, "thirty sign-in starts a minute per address and host");
    assertEquals(10, refused);
    var elsewhere = TenantFixtures.commune("ailleurs");
    assertEquals(303, get(elsewhere.host(), "/auth/login?return=/").statusCode(),
        "another host is counted on its own");
  }

  private static HttpResponse<String> get(String host, String path)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + PORT)
        .header("Accept", "text/html")
        .GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
