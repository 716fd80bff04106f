package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Money of an edition: the city-wide envelope or one district's (quartier). A voter casts at most
 * one city-wide ballot and one district ballot per edition.
 */
@Entity
@Table(name = "budget_envelope")
public class Envelope {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private boolean district;

  @Column(nullable = false)
  private int position;

  protected Envelope() {}

  public Envelope(UUID editionId, String name, long amount, boolean district, int position) {
    Money.require(amount, "an envelope's amount");
    this.id = UUID.randomUUID();
    this.editionId = Objects.requireNonNull(editionId);
    this.name = Objects.requireNonNull(name);
    this.amount = amount;
    this.district = district;
    this.position = position;
  }

  /** The uniqueness scope of a ballot in this envelope: {@code city} or {@code district}. */
  public String ballotScope() {
    return district ? "district" : "city";
  }

  /**
   * Whether a resident of {@code residentDistrict} may vote in this envelope: the city-wide
   * envelope is open to all; a district's envelope to the residents of the district of that name
   * (compared ignoring case and spacing, as censuses and envelope names are typed by hand).
   */
  public boolean openToResidentOf(String residentDistrict) {
    return !district || sameDistrict(name, residentDistrict);
  }

  static boolean sameDistrict(String one, String other) {
    return normalized(one).equals(normalized(other));
  }

  private static String normalized(String districtName) {
    return districtName.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  public UUID id() {
    return id;
  }

  public UUID editionId() {
    return editionId;
  }

  public String name() {
    return name;
  }

  public long amount() {
    return amount;
  }

  public boolean district() {
    return district;
  }

  public int position() {
    return position;
  }
}
