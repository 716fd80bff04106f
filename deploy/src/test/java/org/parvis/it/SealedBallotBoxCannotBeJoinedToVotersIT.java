package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parvis.it.VerifiedCommune.ok;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;

/**
 * While a vote is open, PostgreSQL itself links each ballot to its voter's "has voted" row (both
 * written by one transaction, same {@code xmin}). Closing the vote seals the ballot box: looking
 * at the database as its superuser, no ballot can be paired with a voter any more, and the count
 * is unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SealedBallotBoxCannotBeJoinedToVotersIT {

  private static final String PAIRS = "select count(*) from votation_ballot b"
      + " join votation_participation p on p.votation_id = b.votation_id and p.xmin = b.xmin"
      + " where b.votation_id = ?::uuid";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void closingTheVoteSealsTheBallotBox() throws SQLException {
    var commune = VerifiedCommune.enabling("urne-scellee", "votations", "{}");
    String closes = Instant.now().plus(2, ChronoUnit.DAYS).toString();
    var created = ok(commune.admin().post("/api/votations", "{\"question\": \"Quel nom pour"
        + " la place ?\", \"method\": \"SINGLE_CHOICE\", \"options\": [\"Liberté\", \"Tilleuls\"],"
        + " \"closesAt\": \"" + closes + "\"}")).json();
    String id = created.getString("id");
    List<String> options = created.getJsonArray("options").stream()
        .map(o -> o.asJsonObject().getString("id")).toList();
    for (int i = 1; i <= 4; i++) {
      ok(commune.verifiedCitizen(i).post("/api/votations/" + id + "/ballots",
          "{\"choice\": \"" + options.get(i == 4 ? 1 : 0) + "\"}"));
    }
    assertEquals(4, count(PAIRS, id), "an open ballot box can be joined: the check can fail");

    ok(commune.admin().post("/api/votations/" + id + "/closing", null));
    assertEquals(0, count(PAIRS, id), "no ballot pairs with a voter once sealed");
    assertEquals(4, count("select count(*) from votation_ballot where votation_id = ?::uuid", id));

    var results = ok(commune.tenant().http().get("/api/votations/" + id + "/results")).json();
    assertEquals(4, results.getJsonNumber("ballots").longValue());
    var first = results.getJsonArray("options").getJsonObject(0);
    assertEquals("Liberté", first.getString("label"));
    assertEquals(3, first.getJsonNumber("votes").longValue());
    assertEquals(0, count(PAIRS, id), "reading the results does not reseal or relink");
  }

  private static long count(String sql, String votationId) throws SQLException {
    try (Connection db = IntegrationServices.database().superuserConnection();
        var statement = db.prepareStatement(sql)) {
      statement.setString(1, votationId);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
