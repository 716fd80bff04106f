package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.ok;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.it.DevelopmentCouncilAdoptsAContributionPerCollegeIT.Council;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.Mailbox;
import org.parvis.testsupport.ParvisDeployment;

/**
 * The council's deadline reminders leave on their own (platform periodic task) for the referrals
 * due within the module's {@code reminderDays}, and each member gets one per referral and deadline,
 * however often the task runs or the secretariat asks for them; a referral with a title as long as
 * allowed is reminded of too, its subject cut to one safe line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilMembersAreRemindedOfADeadlineOnceIT {

  private static final String TASK = "council:deadline-reminders";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aMemberIsRemindedOnceOfAReferralDueSoonAndNotOfOneDueLater() throws SQLException {
    var council = Council.setUp("echeance");
    var admin = council.commune().admin();
    council.appoint("anna", council.economy(), "DESIGNATED", "CCI du Pays", false);
    council.appoint("chloe", council.citizens(), "VOLUNTEER", null, false);
    ok(admin.post("/api/council/referrals", """
        {"title": "Mobilités douces", "question": "Quel avis sur le plan vélo ?", "deadline": "%s"}"""
        .formatted(LocalDate.now().plusDays(5))));
    ok(admin.post("/api/council/referrals", """
        {"title": "Schéma commercial", "question": "Quel avis sur le schéma ?", "deadline": "%s"}"""
        .formatted(LocalDate.now().plusDays(60))));
    String longTitle = ("Plan de mobilité " + "et de stationnement des quartiers nord ".repeat(5))
        .substring(0, 200);
    ok(admin.post("/api/council/referrals", """
        {"title": "%s", "question": "Quel avis sur le plan ?", "deadline": "%s"}"""
        .formatted(longTitle, LocalDate.now().plusDays(6))));

    String slug = council.slug();
    var anna = Mailbox.of(council.email("anna"));
    awaitTheReminder(slug, anna, "Mobilités douces");
    assertTrue(Mailbox.text(anna.awaitSubject("Mobilités douces", Duration.ofSeconds(90)))
        .contains("Mobilités douces"));
    Mailbox.of(council.email("chloe")).awaitSubject("Mobilités douces", Duration.ofSeconds(90));
    String longSubject = Mailbox.subject(anna.awaitSubject("Plan de mobilité", Duration.ofSeconds(90)));
    assertTrue(longSubject.length() <= 150 && longSubject.endsWith("…"),
        "a 200-character title is reminded of too, its subject cut: " + longSubject);

    makeTheTaskDue(slug);
    awaitTheTaskRan(slug);
    assertEquals(0, ok(admin.post("/api/council/reminders", "{\"days\": 14}")).json().getInt("sent"),
        "nothing left to send");
    assertEquals(1, subjects(anna, "Mobilités douces"), "reminded once, however often the task runs");
    assertEquals(0, subjects(anna, "Schéma commercial"), "due in 60 days, beyond the 14 days of the module");
  }

  private static long subjects(Mailbox box, String fragment) {
    return box.messages().stream().map(Mailbox::subject).filter(s -> s.contains(fragment)).count();
  }

  /**
   * Makes the task due until {@code box} has the reminder, nobody calling the reminders: a tick
   * already running when the referrals were recorded may have claimed this period without seeing
   * them (its claim, not committed yet, is invisible to a delete).
   */
  private static void awaitTheReminder(String slug, Mailbox box, String fragment)
      throws SQLException {
    Instant limit = Instant.now().plusSeconds(90);
    while (subjects(box, fragment) == 0) {
      assertTrue(Instant.now().isBefore(limit), "no reminder within 90 s");
      makeTheTaskDue(slug);
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** As if the task's period had passed for this tenant (it may have run before the referrals). */
  private static void makeTheTaskDue(String slug) throws SQLException {
    try (var db = IntegrationServices.database().superuserConnection();
        var delete = db.prepareStatement("delete from parvis_task_run where task_key = ?"
            + " and tenant_id = (select id from parvis_tenant where slug = ?)")) {
      delete.setString(1, TASK);
      delete.setString(2, slug);
      delete.executeUpdate();
    }
  }

  /** Waits until the task has run again for this tenant (its run is claimed when it commits). */
  private static void awaitTheTaskRan(String slug) throws SQLException {
    Instant limit = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(limit)) {
      try (var db = IntegrationServices.database().superuserConnection();
          var query = db.prepareStatement("select count(*) from parvis_task_run where task_key = ?"
              + " and tenant_id = (select id from parvis_tenant where slug = ?)")) {
        query.setString(1, TASK);
        query.setString(2, slug);
        try (var rows = query.executeQuery()) {
          rows.next();
          if (rows.getInt(1) > 0) {
            return;
          }
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the reminder task did not run again within 30 s");
  }
}
