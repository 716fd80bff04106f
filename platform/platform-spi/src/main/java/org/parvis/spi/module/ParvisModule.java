package org.parvis.spi.module;

import java.util.List;

/**
 * The manifest of a feature module: what it is, what it accepts, what it defines.
 *
 * <p>Each module ships exactly one implementation as an {@code @ApplicationScoped} CDI bean; the
 * platform discovers all of them at start-up. The {@link #id()} is stable forever: it keys
 * tenants' settings, the module's migration history and its REST resources.
 */
public interface ParvisModule {

  /** Stable, lower-case, hyphenated id such as {@code pages} or {@code participatory-budget}. */
  String id();

  LocalizedText name();

  LocalizedText description();

  /** Settings a tenant administrator may edit; validated against these definitions. */
  default List<ModuleSetting> settings() {
    return List.of();
  }

  /** Actions the module defines and which tenant roles may perform them. */
  default List<ModulePermission> permissions() {
    return List.of();
  }

  /** Links shown in the tenant portal while the module is enabled. */
  default List<NavigationEntry> navigation() {
    return List.of();
  }

  /** The module's administration pages, listed on the tenant's administration home for those who may open them. */
  default List<AdministrationEntry> administration() {
    return List.of();
  }

  /**
   * Classpath location of the module's Flyway migrations. Each module has its own history table,
   * so versions only need to be unique within the module.
   */
  default String migrationLocation() {
    return "db/migration/" + id();
  }

  /** Called in the enabling transaction, after the module is marked enabled for the tenant. */
  default void onEnable(ModuleContext context) {}

  /** Asked before disabling; a module may refuse, e.g. while a vote is open. */
  default DisableDecision beforeDisable(ModuleContext context) {
    return DisableDecision.allow();
  }
}
