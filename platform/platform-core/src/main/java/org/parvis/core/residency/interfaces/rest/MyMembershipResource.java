package org.parvis.core.residency.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * A person leaves this tenant: their membership ends. A verified identity is kept as its hash,
 * held by no account, so that nobody verifies it again through another account.
 */
@Path("/api/me/membership")
public class MyMembershipResource {

  @Inject ResidencyVerification verification;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  @DELETE
  public Response leave() {
    tenant.require();
    String subject = caller.subject().orElseThrow(() -> ProblemException.unauthorized("Sign in (send a bearer token) to do this"));
    verification.leave(subject);
    return Response.noContent().build();
  }
}
