package org.parvis.core.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;

/**
 * Enforces the access annotations of resources: {@link OperatorOnly}, {@link
 * RequiresTenantRole}, {@link RequiresVerifiedResidency}. No identity gives 401, a missing role
 * 403. Method annotations take precedence over class annotations.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null) {
      return;
    }
    if (type.isAnnotationPresent(OperatorOnly.class)) {
      if (TenantContext.current().isPresent()) {
        throw ProblemException.notFound("No resource at this address");
      }
      requireIdentity();
      if (!caller.isOperator()) {
        throw ProblemException.forbidden("Only operators of this instance may do this");
      }
    }
    RequiresTenantRole roles = find(method, type, RequiresTenantRole.class);
    if (roles != null) {
      requireIdentity();
      if (Arrays.stream(roles.value()).noneMatch(caller.tenantRoles()::contains)) {
        throw ProblemException.forbidden(
            "This requires one of the roles " + Arrays.toString(roles.value()) + " here");
      }
    }
    if (find(method, type, RequiresVerifiedResidency.class) != null) {
      requireIdentity();
      if (!caller.isVerifiedResident()) {
        throw new ProblemException(
            403,
            "urn:parvis:problem:residency-verification-required",
            "Residency verification required",
            "Only verified residents may do this. Verify your residency from your account page"
                + " (GET /api/me/verification lists the ways this tenant offers).",
            Map.of("verification", "/api/me/verification"));
      }
    }
  }

  private void requireIdentity() {
    if (caller.subject().isEmpty()) {
      throw new ProblemException(
          401, "about:blank", "Unauthorized", "Sign in (send a bearer token) to do this");
    }
  }

  private static <A extends Annotation> A find(Method method, Class<?> type, Class<A> annotation) {
    A onMethod = method.getAnnotation(annotation);
    return onMethod != null ? onMethod : type.getAnnotation(annotation);
  }
}
