package org.parvis.core.ratelimit.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.parvis.core.ratelimit.application.RateCounters;

/**
 * One row per limit and key in {@code parvis_rate_counter}, counted by a single upsert (PostgreSQL
 * locks the row, so concurrent hits are counted one after the other). Keys are stored as SHA-256
 * digests; rows whose window ended long ago are purged now and then.
 */
@ApplicationScoped
public class JpaRateCounters implements RateCounters {

  private static final Duration KEPT = Duration.ofDays(2);

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Count hit(String limit, String key, Instant now, Duration window) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Object[] row = (Object[]) em.createNativeQuery("insert into parvis_rate_counter as c"
            + " (limit_name, key_digest, hits, window_start) values (?1, ?2, 1, ?3)"
            + " on conflict (limit_name, key_digest) do update set"
            + " hits = case when c.window_start <= ?4 then 1 else c.hits + 1 end,"
            + " window_start = case when c.window_start <= ?4 then ?3 else c.window_start end"
            + " returning hits, window_start")
        .setParameter(1, limit)
        .setParameter(2, digest(key))
        .setParameter(3, at)
        .setParameter(4, at.minus(window))
        .getSingleResult();
    if (ThreadLocalRandom.current().nextInt(256) == 0) {
      em.createNativeQuery("delete from parvis_rate_counter where window_start < ?1")
          .setParameter(1, at.minus(KEPT))
          .executeUpdate();
    }
    return new Count(((Number) row[0]).intValue(), toInstant(row[1]));
  }

  private static Instant toInstant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private static String digest(String key) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
