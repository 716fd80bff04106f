package org.parvis.core.home;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.parvis.spi.geo.Area;

/**
 * What the administrators of a tenant wrote on its home page: a welcome text and a banner with its alternative; and
 * the area its maps cover.
 */
@Entity
@Table(name = "parvis_home_page")
public class HomeContent {

  /** The longest welcome text. */
  public static final int MAX_WELCOME = 4_000;

  /** The longest text alternative of the banner. */
  public static final int MAX_ALT = 300;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String welcome;

  @Column(name = "banner_file")
  private UUID bannerFile;

  @Column(name = "banner_alt")
  private String bannerAlt;

  @Column(name = "area_south")
  private Double areaSouth;

  @Column(name = "area_west")
  private Double areaWest;

  @Column(name = "area_north")
  private Double areaNorth;

  @Column(name = "area_east")
  private Double areaEast;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected HomeContent() {}

  public HomeContent(String welcome) {
    this.id = UUID.randomUUID();
    this.welcome = welcome;
    this.updatedAt = Instant.now();
  }

  public void welcome(String text) {
    this.welcome = text;
    this.updatedAt = Instant.now();
  }

  /** Shows {@code file} as the banner, described by {@code alt}; {@code null} takes the banner away. */
  public void banner(UUID file, String alt) {
    this.bannerFile = file;
    this.bannerAlt = file == null ? null : alt;
    this.updatedAt = Instant.now();
  }

  /** Describes the banner again, keeping its image. */
  public void describeBanner(String alt) {
    if (bannerFile != null) {
      this.bannerAlt = alt;
      this.updatedAt = Instant.now();
    }
  }

  /** The area the tenant's maps cover; {@code null} for none. */
  public void area(Area area) {
    this.areaSouth = area == null ? null : area.south();
    this.areaWest = area == null ? null : area.west();
    this.areaNorth = area == null ? null : area.north();
    this.areaEast = area == null ? null : area.east();
    this.updatedAt = Instant.now();
  }

  public Optional<Area> area() {
    return areaSouth == null ? Optional.empty() : Optional.of(new Area(areaSouth, areaWest, areaNorth, areaEast));
  }

  public String welcome() { return welcome; }
  public Optional<UUID> bannerFile() { return Optional.ofNullable(bannerFile); }
  public String bannerAlt() { return bannerAlt; }
}
