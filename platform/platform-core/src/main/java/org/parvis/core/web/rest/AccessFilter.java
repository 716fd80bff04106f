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
import java.util.stream.Collectors;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.domain.VerificationMethod;
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
  @Inject ResidencyPolicies residency;

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
        throw verificationRequired();
      }
    }
  }

  private ProblemException verificationRequired() {
    var offered = residency.offered().stream().sorted().toList();
    String how = offered.isEmpty()
        ? "This tenant offers no way to verify residency yet: please contact it."
        : "This tenant offers: " + offered.stream().map(AccessFilter::describe)
            .collect(Collectors.joining("; ")) + ". GET /api/me/verification shows your status.";
    return new ProblemException(
        403,
        "urn:parvis:problem:residency-verification-required",
        "Residency verification required",
        "Only verified residents may do this. " + how,
        Map.of("verification", "/api/me/verification",
            "methods", offered.stream().map(VerificationMethod::name).toList()));
  }

  private static String describe(VerificationMethod method) {
    return switch (method) {
      case CODE -> "enter the code it sent you by letter or email"
          + " (POST /api/me/verification/code)";
      case CENSUS -> "match its census with your names and birth date"
          + " (POST /api/me/verification/census)";
      case STAFF_APPROVAL -> "ask its staff to check and approve you"
          + " (POST /api/me/verification/request)";
    };
  }

  private void requireIdentity() {
    if (caller.subject().isEmpty()) {
      throw ProblemException.unauthorized("Sign in (send a bearer token) to do this");
    }
  }

  private static <A extends Annotation> A find(Method method, Class<?> type, Class<A> annotation) {
    A onMethod = method.getAnnotation(annotation);
    return onMethod != null ? onMethod : type.getAnnotation(annotation);
  }
}
