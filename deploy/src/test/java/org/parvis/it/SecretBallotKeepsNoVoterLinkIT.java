package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.testsupport.ParvisDeployment;

/**
 * Runs inside the server, on the migrated schema: the anonymous ballot table and the "has voted"
 * table have no column that could join them (no voter, no time, no sequence), and their ids are
 * random UUIDs rather than numbers that grow with each vote.
 */
@ExtendWith(ArquillianExtension.class)
class SecretBallotKeepsNoVoterLinkIT {

  @Deployment
  static WebArchive deployment() {
    return ParvisDeployment.builtWar().addClasses(SchemaColumns.class);
  }

  @Inject SchemaColumns schema;

  @Test
  void ballotsAndParticipationShareNothingButTheirVotation() {
    assertEquals(Set.of("id:uuid", "tenant_id:uuid", "votation_id:uuid", "content:character varying"),
        schema.of("votation_ballot"));
    assertEquals(Set.of("id:uuid", "tenant_id:uuid", "votation_id:uuid", "voter_key:character varying"),
        schema.of("votation_participation"));
    assertEquals(Set.of(), schema.defaultsOf("votation_ballot"), "no generated value (sequence, now())");
    assertEquals(Set.of(), schema.defaultsOf("votation_participation"));
  }

  /** Column names and types from the information schema (not subject to row-level security). */
  @jakarta.enterprise.context.ApplicationScoped
  public static class SchemaColumns {

    @PersistenceContext EntityManager em;

    Set<String> of(String table) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows = em.createNativeQuery("select column_name, data_type from"
          + " information_schema.columns where table_name = ?1").setParameter(1, table).getResultList();
      Set<String> columns = new TreeSet<>();
      rows.forEach(r -> columns.add(r[0] + ":" + r[1]));
      return columns;
    }

    Set<String> defaultsOf(String table) {
      @SuppressWarnings("unchecked")
      List<Object> rows = em.createNativeQuery("select column_name from information_schema.columns"
          + " where table_name = ?1 and column_default is not null").setParameter(1, table).getResultList();
      return new TreeSet<>(rows.stream().map(Object::toString).toList());
    }
  }
}
