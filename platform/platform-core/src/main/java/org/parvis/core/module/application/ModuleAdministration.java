package org.parvis.core.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.parvis.core.module.domain.ModuleActivations;
import org.parvis.core.module.domain.TenantModule;
import org.parvis.core.module.domain.TenantModuleRepository;
import org.parvis.spi.module.DisableDecision;
import org.parvis.spi.module.ModuleContext;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.tenant.TenantRef;

/** Tenant administrators' use cases on modules, always for the request's tenant. */
@ApplicationScoped
@Transactional
public class ModuleAdministration {

  @Inject ModuleRegistry registry;
  @Inject TenantModuleRepository uses;
  @Inject CurrentTenant currentTenant;
  @Inject ModuleActivations activations;
  @Inject EnabledModules enabledModules;

  public List<ModuleState> list() {
    return registry.all().stream().map(this::state).toList();
  }

  public ModuleState state(String moduleId) {
    return state(registry.require(moduleId));
  }

  /** Enables a module, applying {@code settings} first (validated against the manifest). */
  public ModuleState enable(String moduleId, Map<String, String> settings) {
    ParvisModule module = registry.require(moduleId);
    TenantModule use = uses.byModule(moduleId).orElseGet(() -> newUse(moduleId));
    use.storeSettings(SettingsValidation.merge(module, use.storedSettings(), settings));
    boolean wasEnabled = use.enabled();
    use.enable();
    activations.set(currentTenant.require().id(), moduleId, true);
    enabledModules.changing(currentTenant.require().id());
    if (!wasEnabled) {
      module.onEnable(context(module, use));
    }
    return state(module);
  }

  public ModuleState disable(String moduleId) {
    ParvisModule module = registry.require(moduleId);
    var use = uses.byModule(moduleId).filter(TenantModule::enabled);
    if (use.isPresent()) {
      DisableDecision decision = module.beforeDisable(context(module, use.get()));
      if (!decision.allowed()) {
        TenantRef tenant = currentTenant.require();
        throw new ProblemException(
            409,
            "urn:parvis:problem:disable-refused",
            "Module refused to be disabled",
            decision.refusal().orElseThrow().in(tenant.locale()),
            Map.of("module", moduleId, "reason", decision.refusal().orElseThrow()));
      }
      use.get().disable();
      activations.set(currentTenant.require().id(), moduleId, false);
      enabledModules.changing(currentTenant.require().id());
    }
    return state(module);
  }

  public ModuleState updateSettings(String moduleId, Map<String, String> settings) {
    ParvisModule module = registry.require(moduleId);
    TenantModule use = uses.byModule(moduleId).orElseGet(() -> newUse(moduleId));
    use.storeSettings(SettingsValidation.merge(module, use.storedSettings(), settings));
    return state(module);
  }

  private TenantModule newUse(String moduleId) {
    TenantModule use = new TenantModule(moduleId);
    uses.add(use);
    return use;
  }

  private ModuleState state(ParvisModule module) {
    var use = uses.byModule(module.id());
    Map<String, String> stored = use.map(TenantModule::storedSettings).orElse(Map.of());
    return new ModuleState(
        module,
        use.map(TenantModule::enabled).orElse(false),
        SettingsValidation.effective(module, stored));
  }

  private ModuleContext context(ParvisModule module, TenantModule use) {
    return new ModuleContext(
        currentTenant.require(), SettingsValidation.effective(module, use.storedSettings()));
  }
}
