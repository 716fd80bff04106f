package org.parvis.spi.module;

import java.util.Map;
import org.parvis.spi.tenant.TenantRef;

/** What a module's lifecycle hooks receive: the tenant and the module's current settings. */
public record ModuleContext(TenantRef tenant, Map<String, String> settings) {

  public ModuleContext {
    settings = Map.copyOf(settings);
  }
}
