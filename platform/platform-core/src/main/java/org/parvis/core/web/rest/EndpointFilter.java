package org.parvis.core.web.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Records, before anyone asks who the caller is, whether the matched resource is the API or a
 * portal page ({@link Endpoints}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class EndpointFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (resource.getResourceClass() != null) {
      Endpoints.record(request, resource.getResourceClass());
    }
  }
}
