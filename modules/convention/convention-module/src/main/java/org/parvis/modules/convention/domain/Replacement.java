package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A round of replacements after members withdrew: a lottery over the rest of the pool under the
 * residual quotas, published before its own public seed, like the first draw.
 */
@Entity(name = "ConventionReplacement")
@Table(name = "convention_replacement")
public class Replacement {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "convention_id", nullable = false, updatable = false)
  private UUID conventionId;

  @Column(nullable = false, updatable = false)
  private int round;

  /** Public ids of the panel before this round, and of those who withdrew from it. */
  @Column(nullable = false, updatable = false)
  private String panel;

  @Column(nullable = false, updatable = false)
  private String withdrawn;

  @Column(name = "lottery_hash", nullable = false, updatable = false)
  private String lotteryHash;

  @Column(nullable = false, updatable = false)
  private String lottery;

  private String seed;

  @Column(name = "drawn_index")
  private Integer drawnIndex;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Replacement() {}

  public Replacement(UUID conventionId, int round, List<String> panel, List<String> withdrawn,
      PublishedLottery lottery) {
    this.id = UUID.randomUUID();
    this.conventionId = Objects.requireNonNull(conventionId);
    this.round = round;
    this.panel = String.join(",", panel);
    this.withdrawn = String.join(",", withdrawn);
    this.lottery = lottery.text();
    this.lotteryHash = lottery.hash();
    this.createdAt = Instant.now();
  }

  /** Draws the replacements from the public seed; returns their public ids. */
  public List<String> draw(String seed) {
    if (this.seed != null) {
      throw new ConventionStateException("These replacements are already drawn");
    }
    if (seed == null || seed.isBlank()) {
      throw new IllegalArgumentException("The seed cannot be blank");
    }
    PublishedLottery published = lottery();
    this.seed = seed.strip();
    this.drawnIndex = published.drawIndex(this.seed);
    return published.panel(drawnIndex);
  }

  public boolean drawn() {
    return seed != null;
  }

  public UUID id() {
    return id;
  }

  public int round() {
    return round;
  }

  public List<String> panel() {
    return ids(panel);
  }

  public List<String> withdrawn() {
    return ids(withdrawn);
  }

  private static List<String> ids(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
  }

  public PublishedLottery lottery() {
    return new PublishedLottery(lottery);
  }

  public String lotteryHash() {
    return lotteryHash;
  }

  public Optional<String> seed() {
    return Optional.ofNullable(seed);
  }

  public Optional<Integer> drawnIndex() {
    return Optional.ofNullable(drawnIndex);
  }
}
