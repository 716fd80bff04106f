package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

/**
 * Probing the census with many checks sent at once gets no more answers than the limit: each
 * check is counted before it is made, atomically, so 30 concurrent failed checks from one account
 * give exactly 10 answers and 20 refusals (429 problem+json with Retry-After).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CensusChecksAreLimitedEvenWhenSentTogetherIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port", 8080);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void thirtyConcurrentFailedChecksGetTenAnswersAndTwentyRefusals() throws Exception {
    var commune = TenantFixtures.commune("sonde");
    var admin = TestIdentities.person("admin-" + commune.slug());
    TenantFixtures.appoint(commune, admin, "ADMIN");
    var asAdmin = commune.http().as(admin.token());
    assertEquals(2, asAdmin.put("/api/admin/residency", "{\"methods\": [\"CENSUS\"]}").status() / 100);
    assertEquals(2, asAdmin.post("/api/admin/residency/census",
        "nom;prénoms;date de naissance\nMartin;Paul;02/01/1990\n", "text/csv").status() / 100);
    String token = TestIdentities.person("sondeur-" + commune.slug()).token();

    int sent = 30;
    CountDownLatch ready = new CountDownLatch(sent);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(sent);
    List<Future<HttpResponse<String>>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < sent; i++) {
        String body = "{\"lastName\": \"Martin\", \"firstNames\": \"Paul\", \"birthDate\": \"1950-01-"
            + (10 + i % 19) + "\"}";
        replies.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return HTTP.send(check(commune.host(), token, body), HttpResponse.BodyHandlers.ofString());
        }));
      }
      ready.await();
      go.countDown();
      int answered = 0;
      int refused = 0;
      for (var reply : replies) {
        HttpResponse<String> response = reply.get();
        if (response.statusCode() == 422) {
          answered++;
        } else {
          assertEquals(429, response.statusCode(), response::body);
          assertTrue(response.headers().firstValue("Content-Type").orElse("")
              .startsWith("application/problem+json"), response::body);
          assertTrue(response.body().contains("urn:parvis:problem:too-many-attempts"), response::body);
          long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(retryAfter > 0 && retryAfter <= 86_400, "Retry-After " + retryAfter);
          refused++;
        }
      }
      assertEquals(10, answered, "the limit in force: ten checks a day per account");
      assertEquals(20, refused);
    } finally {
      pool.shutdownNow();
    }

    var rightButTooLate = HTTP.send(check(commune.host(), token, "{\"lastName\": \"Martin\","
        + " \"firstNames\": \"Paul\", \"birthDate\": \"1990-01-02\"}"), HttpResponse.BodyHandlers.ofString());
    assertEquals(429, rightButTooLate.statusCode(), "still refused, even with the right identity");
  }

  private static HttpRequest check(String host, String token, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/me/verification/census"))
        .timeout(Duration.ofSeconds(60))
        .header("Host", host + ":" + PORT)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
