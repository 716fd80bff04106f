package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A person in a convention's pool. It keeps only what the convention needs: the names (to seat
 * and, with consent, publish them), an email address to notify them, the answers to the quota
 * questions, and the keyed hash that detects the same person joining twice. The birth date typed
 * in the form only feeds that hash and is not kept.
 *
 * <p>Publicly a volunteer is only their {@link #number()}: the published pool and lottery use it,
 * never the names. Withdrawal after the freeze, and the end of the mandate, erase the personal
 * data and keep the number and answers, which the published pool hash covers.
 */
@Entity(name = "ConventionVolunteer")
@Table(name = "convention_volunteer")
public class Volunteer {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "convention_id", nullable = false, updatable = false)
  private UUID conventionId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "first_names")
  private String firstNames;

  private String email;

  @Column(nullable = false, updatable = false)
  private String answers;

  @Column(name = "person_key")
  private String personKey;

  @Column(name = "resident_id")
  private UUID residentId;

  @Column(name = "publish_name", nullable = false)
  private boolean publishName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VolunteerStatus status;

  @Column(name = "withdrawal_token")
  private String withdrawalToken;

  private Double probability;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  protected Volunteer() {}

  /**
   * A new pool member.
   *
   * @param answers category → value, spelt as in the quotas, in the quotas' category order
   * @param withdrawalToken hash of the secret the volunteer keeps to withdraw
   */
  public Volunteer(UUID conventionId, int number, String lastName, String firstNames, String email,
      Map<String, String> answers, String personKey, UUID residentId, boolean publishName,
      Channel channel, String withdrawalToken) {
    this.id = UUID.randomUUID();
    this.conventionId = Objects.requireNonNull(conventionId);
    this.number = number;
    this.lastName = Objects.requireNonNull(lastName);
    this.firstNames = Objects.requireNonNull(firstNames);
    this.email = email;
    StringBuilder s = new StringBuilder();
    answers.forEach((c, v) -> s.append(c).append('\t').append(v).append('\n'));
    this.answers = s.toString();
    this.personKey = Objects.requireNonNull(personKey);
    this.residentId = residentId;
    this.publishName = publishName;
    this.channel = Objects.requireNonNull(channel);
    this.withdrawalToken = withdrawalToken;
    this.status = VolunteerStatus.POOL;
    this.joinedAt = Instant.now();
  }

  /** Answers to the quota questions, category → value, in the quotas' order. */
  public Map<String, String> answers() {
    Map<String, String> out = new LinkedHashMap<>();
    answers.lines().filter(l -> !l.isEmpty()).forEach(l -> {
      int tab = l.indexOf('\t');
      out.put(l.substring(0, tab), l.substring(tab + 1));
    });
    return out;
  }

  public void seat() {
    status = VolunteerStatus.SEATED;
  }

  /**
   * Picked by the draw: seated, or, for someone who withdrew after the pool was frozen (the
   * published lottery still holds them), a seat left open for the replacements.
   */
  public void drawn() {
    status = status == VolunteerStatus.WITHDRAWN ? VolunteerStatus.LEFT : VolunteerStatus.SEATED;
  }

  public void notSelected() {
    status = VolunteerStatus.NOT_SELECTED;
  }

  /**
   * Leaves the convention (a seated member leaves the panel, to be replaced); the caller deletes
   * the row instead while the pool is still open.
   */
  public void withdraw() {
    status = status == VolunteerStatus.SEATED ? VolunteerStatus.LEFT : VolunteerStatus.WITHDRAWN;
    erasePersonalData();
  }

  /** A member who left is replaced: from now on simply withdrawn. */
  public void replaced() {
    if (status == VolunteerStatus.LEFT) {
      status = VolunteerStatus.WITHDRAWN;
    }
  }

  /** Forgets who this was: names, address, identity hash, account link and withdrawal secret. */
  public void erasePersonalData() {
    lastName = null;
    firstNames = null;
    email = null;
    personKey = null;
    residentId = null;
    withdrawalToken = null;
    publishName = false;
  }

  public void recordProbability(double p) {
    this.probability = p;
  }

  public UUID id() {
    return id;
  }

  public UUID conventionId() {
    return conventionId;
  }

  /** The public, pseudonymous id of this volunteer in the pool and the lottery. */
  public int number() {
    return number;
  }

  public String publicId() {
    return Integer.toString(number);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The keyed hash of the civil identity (empty once erased). */
  public Optional<String> personKey() {
    return Optional.ofNullable(personKey);
  }

  public Optional<UUID> residentId() {
    return Optional.ofNullable(residentId);
  }

  /** The name to publish if seated: only with consent and while it is kept. */
  public Optional<String> publicName() {
    return publishName && firstNames != null && lastName != null
        ? Optional.of(firstNames + " " + lastName) : Optional.empty();
  }

  /** The full name, for administrators (empty once erased). */
  public Optional<String> fullName() {
    return firstNames == null ? Optional.empty() : Optional.of(firstNames + " " + lastName);
  }

  public boolean publishName() {
    return publishName;
  }

  public Channel channel() {
    return channel;
  }

  public VolunteerStatus status() {
    return status;
  }

  public Optional<String> withdrawalToken() {
    return Optional.ofNullable(withdrawalToken);
  }

  public Optional<Double> probability() {
    return Optional.ofNullable(probability);
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
