package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parvis.it.VerifiedCommune.identityJson;
import static org.parvis.it.VerifiedCommune.ok;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;

/** A petition of one commune is invisible, unsignable and unmanageable from another commune. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetitionsTenantIsolationIT {

  private static final String SETTINGS =
      "{\"threshold\": \"10\", \"durationDays\": \"30\", \"paperSignatures\": \"true\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void anotherTenantSeesNothingOfAPetition() {
    var here = VerifiedCommune.enabling("petition-ici", "petitions", SETTINGS);
    var there = VerifiedCommune.enabling("petition-ailleurs", "petitions", SETTINGS);

    var author = here.verifiedCitizen(1);
    String id = ok(author.post("/api/petitions",
        "{\"title\": \"Des bancs au parc\", \"body\": \"Pour les aînés.\"}")).json().getString("id");
    ok(author.post("/api/petitions/" + id + "/submission", null));
    ok(here.admin().post("/api/petitions/" + id + "/publication", null));
    assertEquals(201, here.verifiedCitizen(2).post("/api/petitions/" + id + "/signatures", null).status());

    assertEquals("[]", ok(there.tenant().http().get("/api/petitions")).body().replaceAll("\\s", ""));
    assertEquals(404, there.tenant().http().get("/api/petitions/" + id).status());
    assertEquals(404, there.tenant().http().get("/api/petitions/" + id + "/signatures").status());
    assertEquals(404, there.verifiedCitizen(3).post("/api/petitions/" + id + "/signatures", null).status());
    assertEquals(404, there.admin().post("/api/petitions/" + id + "/publication", null).status());
    assertEquals(404, there.admin().post("/api/petitions/" + id + "/paper-batches",
        "{\"signatures\": [" + identityJson(4) + "]}").status());
    assertEquals(404, there.admin().put("/api/petitions/" + id + "/council-meeting",
        "{\"date\": \"2027-02-01\"}").status());
    assertEquals(404, there.tenant().http().getHtml("/petitions/" + id).status());
    assertFalse(there.tenant().http().getHtml("/petitions").body().contains("Des bancs au parc"));

    var own = here.tenant().http().get("/api/petitions/" + id + "/signatures").json();
    assertEquals(1, own.getJsonNumber("count").longValue());
    assertTrue(here.tenant().http().getHtml("/petitions").body().contains("Des bancs au parc"));
  }
}
