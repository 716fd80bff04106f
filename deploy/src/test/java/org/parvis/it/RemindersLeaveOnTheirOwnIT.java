package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.ok;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;

/**
 * Modules' periodic tasks run on their own in every tenant where the module is enabled: a
 * volunteer registered for tomorrow's shift gets the reminder without anybody asking for it, once
 * (the ITs tick every 3 s; the test makes the task due as if its period had passed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersLeaveOnTheirOwnIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void aVolunteerIsRemindedOfTomorrowsShiftWithoutAnyoneAsking() throws SQLException {
    var commune = VolunteersRegisterForAWorksiteIT.commune("rappel");
    var staff = commune.withRole("agent", "STAFF");
    String worksite = VolunteersRegisterForAWorksiteIT.acceptedWorksite(commune, staff, 1);
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String shift = VolunteersRegisterForAWorksiteIT.shift(staff, worksite, tomorrow,
        tomorrow.plus(2, ChronoUnit.HOURS), 5);
    VolunteersRegisterForAWorksiteIT.register(commune.verifiedCitizen(3), shift, 0, 201);

    var inbox = VolunteersRegisterForAWorksiteIT.inbox(commune, 3);
    awaitTheReminder(commune.tenant().slug(), inbox);
    makeTheTaskDue(commune.tenant().slug());
    assertEquals(0, ok(staff.post(VolunteersRegisterForAWorksiteIT.SHIFTS + "/reminders", null))
        .json().getInt("sent"), "nothing left to send");
    assertEquals(1, inbox.withSubject("Rappel").size(), "reminded once, however often the task runs");
  }

  /**
   * Makes the task due until the reminder arrives, nobody calling the reminders: a tick already
   * running when the volunteer registered may have claimed this period without seeing the
   * registration (its claim, not committed yet, is invisible to a delete), and would otherwise
   * leave the tenant alone for the task's 15 minutes.
   */
  private static void awaitTheReminder(String slug, Inbox inbox) throws SQLException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (inbox.withSubject("Rappel").isEmpty()) {
      assertTrue(Instant.now().isBefore(deadline), "no reminder within 60 s");
      makeTheTaskDue(slug);
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** As if the task's period had passed for this tenant (it may have run before the registration). */
  private static void makeTheTaskDue(String slug) throws SQLException {
    try (var db = IntegrationServices.database().superuserConnection();
        var delete = db.prepareStatement("delete from parvis_task_run where task_key ="
            + " 'worksites:shift-reminders' and tenant_id = (select id from parvis_tenant where slug = ?)")) {
      delete.setString(1, slug);
      delete.executeUpdate();
    }
  }
}
