package org.parvis.core.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One tenant's use of one module: whether it is enabled, and its settings. */
@Entity
@Table(name = "parvis_tenant_module")
public class TenantModule {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "module_id", nullable = false, updatable = false)
  private String moduleId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private String settings;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected TenantModule() {}

  public TenantModule(String moduleId) {
    this.id = UUID.randomUUID();
    this.moduleId = moduleId;
    this.settings = SettingsJson.write(Map.of());
    this.updatedAt = Instant.now();
  }

  public void enable() {
    enabled = true;
    updatedAt = Instant.now();
  }

  public void disable() {
    enabled = false;
    updatedAt = Instant.now();
  }

  /** Replaces the stored settings; the caller has validated them against the manifest. */
  public void storeSettings(Map<String, String> values) {
    settings = SettingsJson.write(values);
    updatedAt = Instant.now();
  }

  public Map<String, String> storedSettings() {
    return SettingsJson.read(settings);
  }

  public String moduleId() {
    return moduleId;
  }

  public boolean enabled() {
    return enabled;
  }

  public UUID tenantId() {
    return tenantId;
  }
}
