package org.parvis.core.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** When each periodic task last ran for each tenant ({@code parvis_task_run}). */
@ApplicationScoped
public class TaskRuns {

  @PersistenceContext private EntityManager em;

  /**
   * Claims the run of {@code taskKey} for {@code tenantId} if it is due (never run, or last run at
   * least {@code every} ago); joins the caller's transaction, so a failed run gives its claim back.
   * A concurrent claimer waits on the row and then finds it not due.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean claim(String taskKey, UUID tenantId, Instant now, Duration every) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return em.createNativeQuery("insert into parvis_task_run (task_key, tenant_id, last_run)"
            + " values (?1, ?2, ?3) on conflict (task_key, tenant_id) do update"
            + " set last_run = excluded.last_run where parvis_task_run.last_run <= ?4")
        .setParameter(1, taskKey)
        .setParameter(2, tenantId)
        .setParameter(3, at)
        .setParameter(4, at.minus(every))
        .executeUpdate() == 1;
  }

  /**
   * The active tenants where {@code moduleId} is enabled and {@code taskKey} is due at {@code now}: one query per
   * tick, whatever the number of tenants, so that only the due ones open a transaction.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<UUID> dueTenants(String taskKey, String moduleId, Instant now, Duration every) {
    OffsetDateTime dueBefore = OffsetDateTime.ofInstant(now, ZoneOffset.UTC).minus(every);
    return em.createNativeQuery("select a.tenant_id from parvis_module_activation a"
            + " join parvis_tenant t on t.id = a.tenant_id and t.status = 'ACTIVE'"
            + " left join parvis_task_run r on r.tenant_id = a.tenant_id and r.task_key = ?1"
            + " where a.module_id = ?2 and (r.last_run is null or r.last_run <= ?3)"
            + " order by a.tenant_id", UUID.class)
        .setParameter(1, taskKey)
        .setParameter(2, moduleId)
        .setParameter(3, dueBefore)
        .getResultList();
  }
}
