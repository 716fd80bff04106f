package org.parvis.core.module.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.parvis.core.module.application.EnabledModules;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;

/** A module's resources exist only for tenants that enabled it: otherwise 404, before anything. */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class ModuleGateFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject EnabledModules modules;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resource.getResourceClass();
    ModuleEndpoint endpoint = type == null ? null : type.getAnnotation(ModuleEndpoint.class);
    if (endpoint == null) {
      return;
    }
    var tenant = TenantContext.current();
    if (tenant.isEmpty() || !modules.isEnabled(tenant.get().id(), endpoint.value())) {
      throw ProblemException.notFound("No resource at this address");
    }
  }
}
