package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.PortalBrowser;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TestIdentities;

/**
 * A message the mail server can never take (an address the transport refuses) is queued before
 * everyone else's: it becomes a dead letter after one attempt, the others leave on the next run
 * (not five minutes later, when the claim of the stopped run would have expired), and the
 * operator sees it with its reason in the console, where they retry or discard dead letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneBadAddressDoesNotStopEveryonesMailIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @BeforeAll
  static void keycloakKnowsThePlatformHost() {
    IntegrationServices.keycloak().admin().allowPortalRedirect(
        "http://localhost:" + Integer.getInteger("parvis.it.http.port"));
  }

  @Test
  void aPoisonMailIsADeadLetterAndDelaysNobody() throws SQLException {
    var commune = TenantFixtures.commune("courrier");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String poison = "poison.." + tag + "@example.org";
    List<String> others = List.of("anna-" + tag + "@example.org", "bruno-" + tag + "@example.org",
        "chloe-" + tag + "@example.org", "david-" + tag + "@example.org");
    UUID poisonId = UUID.randomUUID();
    UUID fixedId = UUID.randomUUID();
    String fixed = "corrige-" + tag + "@example.org";
    try (var db = IntegrationServices.database().superuserConnection()) {
      db.setAutoCommit(false);
      queue(db, commune.slug(), poisonId, poison, "Votre inscription", Duration.ofMinutes(2), false);
      for (String address : others) {
        queue(db, commune.slug(), UUID.randomUUID(), address, "Votre inscription " + tag,
            Duration.ofMinutes(1), false);
      }
      queue(db, commune.slug(), fixedId, fixed, "Refusé hier " + tag, Duration.ofMinutes(1), true);
      db.commit();
    }

    Instant start = Instant.now();
    for (String address : others) {
      Mailbox.of(address).awaitSubject(tag, Duration.ofSeconds(50));
    }
    assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(50)) < 0,
        "the others left on the next run (a run sweeps every 30 s)");
    assertTrue(Mailbox.of(poison).messages().isEmpty());
    var letter = awaitDeadLetter(poisonId);
    assertEquals(1, letter.attempts(), "refused for good: never tried again");
    assertTrue(letter.reason().contains("AddressException"), letter.reason());

    var browser = new PortalBrowser("localhost");
    var operator = TestIdentities.operator();
    var console = browser.signIn(operator.username(), operator.password(), "/operator");
    assertEquals(200, console.status(), console.body());
    assertTrue(console.body().contains(poison), console.body());
    assertTrue(console.body().contains("AddressException"), "the reason is shown");
    assertTrue(console.body().contains(fixed), console.body());

    var forged = browser.submit("/operator/mail/" + fixedId + "/retry", Map.of("csrf", "forged"));
    assertEquals(403, forged.status());
    var retried = browser.submit("/operator/mail/" + fixedId + "/retry", Map.of("csrf", console.csrf()));
    assertEquals(200, retried.status(), retried.body());
    Mailbox.of(fixed).awaitSubject("Refusé hier " + tag, Duration.ofSeconds(50));

    var discarded = browser.submit("/operator/mail/" + poisonId + "/discard",
        Map.of("csrf", console.csrf()));
    assertEquals(200, discarded.status(), discarded.body());
    assertFalse(discarded.body().contains(poison), "gone from the console");
    assertEquals(0, count("select count(*) from parvis_mail_outbox where id = '" + poisonId + "'"));
    assertEquals(404, browser.submit("/operator/mail/" + poisonId + "/discard",
        Map.of("csrf", console.csrf())).status(), "already discarded");
  }

  private static void queue(java.sql.Connection db, String slug, UUID id, String to, String subject,
      Duration ago, boolean dead) throws SQLException {
    try (var insert = db.prepareStatement("insert into parvis_mail_outbox (id, tenant_id,"
        + " sender_name, recipient, subject, body, attempts, created_at, next_attempt, dead_at,"
        + " last_error) select ?, id, display_name, ?, ?, 'Bonjour', ?, ?, ?, ?, ?"
        + " from parvis_tenant where slug = ?")) {
      Timestamp due = Timestamp.from(Instant.now().minus(ago));
      insert.setObject(1, id);
      insert.setString(2, to);
      insert.setString(3, subject);
      insert.setInt(4, dead ? 1 : 0);
      insert.setTimestamp(5, due);
      insert.setTimestamp(6, due);
      insert.setTimestamp(7, dead ? due : null);
      insert.setString(8, dead ? "550 5.2.2 Mailbox full" : null);
      insert.setString(9, slug);
      assertEquals(1, insert.executeUpdate());
    }
  }

  private record DeadLetter(int attempts, String reason) {}

  private static DeadLetter awaitDeadLetter(UUID id) throws SQLException {
    Instant limit = Instant.now().plusSeconds(50);
    while (Instant.now().isBefore(limit)) {
      try (var db = IntegrationServices.database().superuserConnection();
          var query = db.prepareStatement("select attempts, last_error from parvis_mail_outbox"
              + " where id = ? and dead_at is not null")) {
        query.setObject(1, id);
        try (var rows = query.executeQuery()) {
          if (rows.next()) {
            return new DeadLetter(rows.getInt(1), rows.getString(2));
          }
        }
      }
      sleep();
    }
    throw new AssertionError("the poison mail is not a dead letter within 50 s");
  }

  private static long count(String sql) throws SQLException {
    try (var db = IntegrationServices.database().superuserConnection();
        var rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
