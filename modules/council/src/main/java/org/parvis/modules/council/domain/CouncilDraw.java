package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The public record of a draw by lot: seed, pool hash, pool size and seats filled. */
@Entity
@Table(name = "council_draw")
public class CouncilDraw {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String seed;

  @Column(name = "pool_hash", nullable = false, updatable = false)
  private String poolHash;

  @Column(name = "pool_size", nullable = false, updatable = false)
  private int poolSize;

  @Column(nullable = false, updatable = false)
  private int seats;

  @Column(name = "drawn_at", nullable = false, updatable = false)
  private Instant drawnAt;

  protected CouncilDraw() {}

  public CouncilDraw(SeatDraw.Outcome outcome, int poolSize, Instant now) {
    this.id = UUID.randomUUID();
    this.seed = outcome.seed();
    this.poolHash = outcome.poolHash();
    this.poolSize = poolSize;
    this.seats = outcome.drawn().size();
    this.drawnAt = now;
  }

  public UUID id() { return id; }
  public String seed() { return seed; }
  public String poolHash() { return poolHash; }
  public int poolSize() { return poolSize; }
  public int seats() { return seats; }
  public Instant drawnAt() { return drawnAt; }
}
