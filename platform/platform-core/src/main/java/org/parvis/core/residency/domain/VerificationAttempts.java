package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Failed census or code attempts of one account in one tenant, counted over a day: the census
 * must not become an oracle for guessing who lives in the commune.
 */
@Entity
@Table(name = "parvis_verification_attempt")
public class VerificationAttempts {

  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofHours(24);

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Version private long version;

  protected VerificationAttempts() {}

  public VerificationAttempts(String subject, Instant now) {
    this.id = UUID.randomUUID();
    this.subject = Objects.requireNonNull(subject);
    this.windowStart = now;
  }

  public void recordFailure(Instant now) {
    if (!now.isBefore(windowEnd())) {
      windowStart = now;
      failures = 0;
    }
    failures++;
  }

  public boolean exhausted(Instant now) {
    return failures >= MAX_FAILURES && now.isBefore(windowEnd());
  }

  public Instant windowEnd() {
    return windowStart.plus(WINDOW);
  }
}
