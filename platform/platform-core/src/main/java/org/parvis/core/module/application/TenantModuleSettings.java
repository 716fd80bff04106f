package org.parvis.core.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parvis.spi.module.ModuleSettings;

/** {@link ModuleSettings} for the request's tenant. */
@ApplicationScoped
public class TenantModuleSettings implements ModuleSettings {

  @Inject ModuleAdministration modules;

  @Override
  @Transactional
  public String get(String moduleId, String key) {
    String value = modules.state(moduleId).settings().get(key);
    if (value == null) {
      throw new IllegalArgumentException("Module " + moduleId + " has no setting " + key);
    }
    return value;
  }
}
