package org.parvis.core.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.identity.domain.Invitation;
import org.parvis.core.identity.domain.InvitationRepository;
import org.parvis.core.identity.domain.RolesConverter;
import org.parvis.core.multitenancy.TenantContext;

/** Invitations in {@code parvis_invitation}, through the tenant's session (row-level security applies). */
@ApplicationScoped
public class JpaInvitations implements InvitationRepository {

  private static final String COLUMNS =
      "id, email, subject, roles, new_account, invited_at, last_sent_at, times_sent, accepted_at";

  @PersistenceContext private EntityManager em;

  @Override
  public Invitation save(String email, String subject, String roles, boolean newAccount, Instant now) {
    em.createNativeQuery("insert into parvis_invitation (id, tenant_id, email, subject, roles, new_account,"
            + " invited_at, last_sent_at, times_sent) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1)"
            + " on conflict (tenant_id, email) do update set subject = excluded.subject, roles = excluded.roles,"
            + " new_account = excluded.new_account, last_sent_at = excluded.last_sent_at,"
            + " times_sent = parvis_invitation.times_sent + 1, accepted_at = null")
        .setParameter(1, UUID.randomUUID()).setParameter(2, TenantContext.currentIdOrNone())
        .setParameter(3, email).setParameter(4, subject).setParameter(5, roles).setParameter(6, newAccount)
        .setParameter(7, Timestamp.from(now))
        .executeUpdate();
    return query("where email = ?1", email).get(0);
  }

  @Override
  public Optional<Invitation> byId(UUID id) {
    return query("where id = ?1", id).stream().findFirst();
  }

  @Override
  public List<Invitation> all() {
    return query("order by invited_at");
  }

  @Override
  public void sentAgain(UUID id, Instant now) {
    em.createNativeQuery("update parvis_invitation set last_sent_at = ?2, times_sent = times_sent + 1"
            + " where id = ?1").setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
  }

  @Override
  public int accepted(String subject, Instant now) {
    return em.createNativeQuery("update parvis_invitation set accepted_at = ?2 where subject = ?1"
            + " and accepted_at is null").setParameter(1, subject).setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<Invitation> query(String where, Object... parameters) {
    var query = em.createNativeQuery("select " + COLUMNS + " from parvis_invitation " + where);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    RolesConverter roles = new RolesConverter();
    return ((List<Object[]>) query.getResultList()).stream().map(r -> new Invitation((UUID) r[0], (String) r[1],
        (String) r[2], roles.convertToEntityAttribute((String) r[3]), (Boolean) r[4], instant(r[5]), instant(r[6]),
        ((Number) r[7]).intValue(), instant(r[8]))).toList();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
