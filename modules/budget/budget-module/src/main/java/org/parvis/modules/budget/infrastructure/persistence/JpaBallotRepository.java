package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.parvis.modules.budget.domain.Ballot;
import org.parvis.modules.budget.domain.BallotRepository;
import org.parvis.modules.budget.domain.Choices;

/**
 * Ballots are written with native upserts: PostgreSQL's {@code on conflict} resolves concurrent
 * first submissions of one voter into one row, where a find-then-insert would race.
 */
@ApplicationScoped
public class JpaBallotRepository implements BallotRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Stored upsert(UUID editionId, UUID envelopeId, String scope, String voterKey,
      String channel, Map<UUID, Long> points, long totalCost) {
    Object[] row = (Object[]) writing("budget_ballot", """
            insert into budget_ballot (id, tenant_id, edition_id, envelope_id, voter_key, scope,
                                       channel, choices, total_cost, cast_at, updated_at)
            values (:id, parvis_current_tenant(), :edition, :envelope, :voter, :scope,
                    :channel, :choices, :cost, :now, :now)
            on conflict (tenant_id, edition_id, voter_key, scope) do update
               set envelope_id = excluded.envelope_id, channel = excluded.channel,
                   choices = excluded.choices, total_cost = excluded.total_cost,
                   updated_at = excluded.updated_at
            returning id, (xmax = 0) as created""")
        .setParameter("id", UUID.randomUUID())
        .setParameter("edition", editionId)
        .setParameter("envelope", envelopeId)
        .setParameter("voter", voterKey)
        .setParameter("scope", scope)
        .setParameter("channel", channel)
        .setParameter("choices", Choices.write(points))
        .setParameter("cost", totalCost)
        .setParameter("now", Instant.now())
        .getSingleResult();
    return new Stored((UUID) row[0], (Boolean) row[1]);
  }

  @Override
  public boolean claim(String voterKey, String idempotencyKey) {
    return writing("budget_ballot_request", """
            insert into budget_ballot_request (tenant_id, voter_key, idempotency_key, received_at)
            values (parvis_current_tenant(), :voter, :key, now())
            on conflict do nothing""")
        .setParameter("voter", voterKey)
        .setParameter("key", idempotencyKey)
        .executeUpdate() == 1;
  }

  @Override
  public void attach(String voterKey, String idempotencyKey, UUID ballotId) {
    writing("budget_ballot_request", """
            update budget_ballot_request set ballot_id = :ballot
             where voter_key = :voter and idempotency_key = :key""")
        .setParameter("voter", voterKey)
        .setParameter("key", idempotencyKey)
        .setParameter("ballot", ballotId)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<UUID> ballotOfKey(String voterKey, String idempotencyKey) {
    List<UUID> ids = em.createNativeQuery("""
            select ballot_id from budget_ballot_request
             where voter_key = :voter and idempotency_key = :key""", UUID.class)
        .setParameter("voter", voterKey)
        .setParameter("key", idempotencyKey)
        .getResultList();
    return ids.stream().findFirst();
  }

  @Override
  public List<Ballot> ofVoter(UUID editionId, String voterKey) {
    return em.createQuery(
            "select b from BudgetBallot b where b.editionId = :e and b.voterKey = :v order by b.scope",
            Ballot.class)
        .setParameter("e", editionId)
        .setParameter("v", voterKey)
        .getResultList();
  }

  @Override
  public Optional<Ballot> byId(UUID id) {
    // A query rather than find(): the upsert bypassed the persistence context.
    return em.createQuery("select b from BudgetBallot b where b.id = :id", Ballot.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Ballot> ofEdition(UUID editionId) {
    return em.createQuery("select b from BudgetBallot b where b.editionId = :e", Ballot.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public void addImported(UUID editionId, UUID envelopeId, String scope,
      List<Imported> ballots) {
    int rows = 500; // 7 parameters a row, far below PostgreSQL's 65,535
    Instant now = Instant.now();
    for (int from = 0; from < ballots.size(); from += rows) {
      List<Imported> chunk = ballots.subList(from, Math.min(ballots.size(), from + rows));
      StringBuilder sql = new StringBuilder("""
          insert into budget_ballot (id, tenant_id, edition_id, envelope_id, voter_key, scope,
                                     channel, choices, total_cost, cast_at, updated_at) values """);
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(:id").append(i)
            .append(", parvis_current_tenant(), :edition, :envelope, :voter").append(i)
            .append(", :scope, 'IMPORT', :choices").append(i).append(", :cost").append(i)
            .append(", :now, :now)");
      }
      var insert = em.createNativeQuery(sql.toString())
          .setParameter("edition", editionId)
          .setParameter("envelope", envelopeId)
          .setParameter("scope", scope)
          .setParameter("now", now);
      for (int i = 0; i < chunk.size(); i++) {
        Imported ballot = chunk.get(i);
        insert.setParameter("id" + i, UUID.randomUUID())
            .setParameter("voter" + i, ballot.voterKey())
            .setParameter("choices" + i, Choices.write(ballot.points()))
            .setParameter("cost" + i, ballot.totalCost());
      }
      insert.executeUpdate();
    }
  }

  /**
   * A native statement that writes {@code table}. Naming the table spares Hibernate, which
   * cannot know what native SQL writes, from scanning every entity and collection of the
   * application for caches to invalidate on each ballot.
   */
  private Query writing(String table, String sql) {
    return em.createNativeQuery(sql)
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace(table);
  }
}
