package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** How citizens of one tenant may verify their residency. A tenant without one offers nothing. */
@Entity
@Table(name = "parvis_residency_policy")
public class ResidencyPolicy {

  /** The highest minimum age a tenant may set. */
  public static final int MAX_AGE = 120;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Convert(converter = MethodsConverter.class)
  @Column(nullable = false)
  private Set<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);

  /** The age a person must have reached to verify (0: none). */
  @Column(name = "minimum_age", nullable = false)
  private int minimumAge;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ResidencyPolicy() {}

  public ResidencyPolicy(Collection<VerificationMethod> methods) {
    this.id = UUID.randomUUID();
    offer(methods);
  }

  public void offer(Collection<VerificationMethod> offered) {
    this.methods = offered.isEmpty()
        ? EnumSet.noneOf(VerificationMethod.class) : EnumSet.copyOf(offered);
    this.updatedAt = Instant.now();
  }

  /** The minimum age, a whole number of years from 0 (none) to {@value #MAX_AGE}. */
  public void requireAge(int years) {
    if (years < 0 || years > MAX_AGE) {
      throw new IllegalArgumentException("minimum age " + years + " is not between 0 and " + MAX_AGE);
    }
    this.minimumAge = years;
    this.updatedAt = Instant.now();
  }

  public int minimumAge() {
    return minimumAge;
  }

  /** Whether someone born on {@code birthDate} has reached the minimum age on {@code today}. */
  public boolean oldEnough(LocalDate birthDate, LocalDate today) {
    return Period.between(birthDate, today).getYears() >= minimumAge && !birthDate.isAfter(today);
  }

  public boolean offers(VerificationMethod method) {
    return methods.contains(method);
  }

  public Set<VerificationMethod> methods() {
    return Set.copyOf(methods);
  }
}
