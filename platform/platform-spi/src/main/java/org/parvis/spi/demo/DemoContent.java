package org.parvis.spi.demo;

/**
 * Content a module adds to a demo tenant, so that a newcomer who starts the demo sees the module
 * in use rather than empty pages. Implementations are CDI beans, discovered like manifests.
 *
 * <p>The platform calls {@link #load} only in a demo run (tenants loaded from the descriptors'
 * folder at start-up), only for tenants whose descriptor asks for demo content and where the
 * module is enabled, once per tenant and {@link #moduleId()}: it records what was loaded in the
 * same transaction, so a restart loads nothing twice. A tenant created later (operator console,
 * API) never receives demo content. A load that throws is rolled back and stops the start-up: a
 * broken demo must be seen, not half loaded.
 */
public interface DemoContent {

  /** The module whose demo content this is; its id as in its manifest. */
  String moduleId();

  /**
   * Loads the content into the current tenant: called in a transaction bound to the tenant, as
   * in a request, after the module is enabled and the tenant's demo people exist.
   */
  void load(DemoTenant tenant);
}
