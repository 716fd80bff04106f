package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public Optional<Stored> upsert(UUID editionId, UUID envelopeId, String scope, String voterKey,
      String channel, String enteredBy, Map<UUID, Long> points, long totalCost) {
    List<?> rows = writing("budget_ballot", """
            insert into budget_ballot (id, tenant_id, edition_id, envelope_id, voter_key, scope,
                                       channel, entered_by, choices, total_cost, cast_at,
                                       updated_at)
            values (:id, parvis_current_tenant(), :edition, :envelope, :voter, :scope,
                    :channel, :enteredBy, :choices, :cost, :now, :now)
            on conflict (tenant_id, edition_id, voter_key, scope) do update
               set envelope_id = excluded.envelope_id, entered_by = excluded.entered_by,
                   choices = excluded.choices, total_cost = excluded.total_cost,
                   updated_at = excluded.updated_at
             where budget_ballot.channel = excluded.channel
            returning id, (xmax = 0) as created""")
        .setParameter("id", UUID.randomUUID())
        .setParameter("edition", editionId)
        .setParameter("envelope", envelopeId)
        .setParameter("voter", voterKey)
        .setParameter("scope", scope)
        .setParameter("channel", channel)
        .setParameter("enteredBy", enteredBy, String.class)
        .setParameter("choices", Choices.write(points))
        .setParameter("cost", totalCost)
        .setParameter("now", Instant.now())
        .getResultList();
    return rows.stream().findFirst().map(Object[].class::cast)
        .map(row -> new Stored((UUID) row[0], (Boolean) row[1]));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> channelsOf(UUID editionId, String voterKey) {
    return em.createNativeQuery("""
            select distinct channel from budget_ballot
             where edition_id = :edition and voter_key = :voter""", String.class)
        .setParameter("edition", editionId)
        .setParameter("voter", voterKey)
        .getResultList();
  }

  @Override
  public void rekey(UUID editionId, String formerKey, String voterKey) {
    writing("budget_ballot", """
            update budget_ballot b set voter_key = :voter
             where b.edition_id = :edition and b.voter_key = :former
               and not exists (select 1 from budget_ballot o
                                where o.edition_id = b.edition_id and o.scope = b.scope
                                  and o.voter_key = :voter)""")
        .setParameter("edition", editionId)
        .setParameter("former", formerKey)
        .setParameter("voter", voterKey)
        .executeUpdate();
  }

  @Override
  public boolean claim(String requester, String idempotencyKey, String requestHash) {
    return writing("budget_ballot_request", """
            insert into budget_ballot_request (tenant_id, voter_key, idempotency_key,
                                               request_hash, received_at)
            values (parvis_current_tenant(), :voter, :key, :hash, now())
            on conflict do nothing""")
        .setParameter("voter", requester)
        .setParameter("key", idempotencyKey)
        .setParameter("hash", requestHash, String.class)
        .executeUpdate() == 1;
  }

  @Override
  public void attach(String requester, String idempotencyKey, UUID ballotId) {
    writing("budget_ballot_request", """
            update budget_ballot_request set ballot_id = :ballot
             where voter_key = :voter and idempotency_key = :key""")
        .setParameter("voter", requester)
        .setParameter("key", idempotencyKey)
        .setParameter("ballot", ballotId)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<EarlierRequest> earlierRequest(String requester, String idempotencyKey) {
    List<Object[]> rows = em.createNativeQuery("""
            select ballot_id, request_hash from budget_ballot_request
             where voter_key = :voter and idempotency_key = :key""")
        .setParameter("voter", requester)
        .setParameter("key", idempotencyKey)
        .getResultList();
    return rows.stream().findFirst()
        .map(row -> new EarlierRequest((UUID) row[0], (String) row[1]));
  }

  @Override
  public List<Ballot> ofVoter(UUID editionId, List<String> voterKeys) {
    return em.createQuery("select b from BudgetBallot b where b.editionId = :e"
                + " and b.voterKey in :v order by b.scope", Ballot.class)
        .setParameter("e", editionId)
        .setParameter("v", voterKeys)
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
  private NativeQuery<?> writing(String table, String sql) {
    return em.createNativeQuery(sql)
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace(table);
  }
}
