package org.parvis.core.tenant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.tenant.TenantRef;

/**
 * A commune, citizen collective or assembly served by this instance, reached by its host names.
 *
 * <p>Platform data: this table has no tenant column of its own and is only touched by the
 * platform (operator API, host resolution).
 */
@Entity
@Table(name = "parvis_tenant")
public class Tenant {

  public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantKind kind;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "insee_code")
  private String inseeCode;

  private Integer population;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "department_name")
  private String departmentName;

  private String intercommunality;

  @Column(name = "default_locale", nullable = false)
  private String defaultLocale;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Embedded private Branding branding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "parvis_tenant_host", joinColumns = @JoinColumn(name = "tenant_id"))
  @Column(name = "host")
  private Set<String> hosts = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Tenant() {}

  public Tenant(String slug, TenantKind kind, String displayName, Collection<String> hosts) {
    this.id = UUID.randomUUID();
    this.slug = Objects.requireNonNull(slug);
    this.kind = Objects.requireNonNull(kind);
    this.displayName = Objects.requireNonNull(displayName);
    this.defaultLocale = "fr";
    this.timeZone = DEFAULT_TIME_ZONE;
    this.status = TenantStatus.ACTIVE;
    this.createdAt = Instant.now();
    replaceHosts(hosts);
  }

  /** INSEE code and population only make sense for communes. */
  public void describeCommune(String inseeCode, Integer population) {
    if (kind != TenantKind.COMMUNE && (inseeCode != null || population != null)) {
      throw new IllegalArgumentException("Only a commune has an INSEE code and a population");
    }
    this.inseeCode = inseeCode;
    this.population = population;
    this.departmentCode = null;
    this.departmentName = null;
    this.intercommunality = null;
  }

  /**
   * A commune as the official list describes it: its INSEE code, department and intercommunality; its population
   * is {@code population} when given, the official one otherwise.
   */
  public void describeCommune(OfficialCommune official, Integer population) {
    describeCommune(official.code(), population == null ? official.population() : population);
    this.departmentCode = official.departmentCode();
    this.departmentName = official.departmentName();
    this.intercommunality = official.intercommunality();
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  public void changeDefaultLocale(String locale) {
    if (!"fr".equals(locale) && !"en".equals(locale)) {
      throw new IllegalArgumentException("Unsupported locale: " + locale);
    }
    this.defaultLocale = locale;
  }

  /** The zone of the tenant's clocks, e.g. {@code Europe/Paris} or {@code America/Cayenne}. */
  public void changeTimeZone(String zone) {
    try {
      this.timeZone = ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Unknown time zone: " + zone);
    }
  }

  public void rebrand(Branding branding) {
    this.branding = branding;
  }

  public void replaceHosts(Collection<String> newHosts) {
    if (newHosts.isEmpty()) {
      throw new IllegalArgumentException("A tenant needs at least one host name");
    }
    hosts.clear();
    for (String host : newHosts) {
      hosts.add(
          HostName.tenantHost(host)
              .orElseThrow(() -> new IllegalArgumentException("Invalid host name: " + host)));
    }
  }

  public void suspend() {
    status = TenantStatus.SUSPENDED;
  }

  public void reactivate() {
    status = TenantStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public TenantRef toRef() {
    return new TenantRef(id, slug, kind, displayName, Locale.forLanguageTag(defaultLocale),
        ZoneId.of(timeZone));
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public TenantKind kind() {
    return kind;
  }

  public String displayName() {
    return displayName;
  }

  public String inseeCode() {
    return inseeCode;
  }

  public Integer population() {
    return population;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String departmentName() {
    return departmentName;
  }

  public String intercommunality() {
    return intercommunality;
  }

  public String timeZone() {
    return timeZone;
  }

  public String defaultLocale() {
    return defaultLocale;
  }

  public Branding branding() {
    return branding;
  }

  public TenantStatus status() {
    return status;
  }

  public Set<String> hosts() {
    return Set.copyOf(hosts);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
