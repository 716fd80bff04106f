package org.parvis.core.residency.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.core.residency.domain.VerifiedIdentity;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/** A signed-in person verifies their residency in this tenant, by the methods it offers. */
@Path("/api/me/verification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyVerificationResource {

  @Inject ResidencyVerification verification;
  @Inject ResidencyPolicies policies;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;
  @Inject BodyValidator edge;

  @GET
  public StatusView status() {
    return status(subject());
  }

  @POST
  @Path("census")
  public StatusView byCensus(IdentityBody body) {
    String subject = subject();
    verification.byCensus(subject, edge.check(body).toIdentity());
    return status(subject);
  }

  @POST
  @Path("code")
  public StatusView byCode(CodeBody body) {
    String subject = subject();
    verification.byCode(subject, edge.check(body).code());
    return status(subject);
  }

  /** Asks staff to verify the caller; answered 202, the decision comes later. */
  @POST
  @Path("request")
  public Response requestApproval(IdentityBody body) {
    String subject = subject();
    verification.requestApproval(subject, edge.check(body).toIdentity());
    return Response.accepted(status(subject)).build();
  }

  private StatusView status(String subject) {
    var verified = verification.verifiedIdentityOf(subject);
    return new StatusView(
        verified.isPresent(),
        verified.map(VerifiedIdentity::method).map(Enum::name).orElse(null),
        verified.map(VerifiedIdentity::verifiedAt).orElse(null),
        verified.flatMap(VerifiedIdentity::district).orElse(null),
        verification.pendingRequestOf(subject).map(r -> r.id()).orElse(null),
        policies.offered().stream().sorted().map(VerificationMethod::name).toList());
  }

  private String subject() {
    tenant.require();
    return caller.subject().orElseThrow(() -> ProblemException.unauthorized("Sign in (send a bearer token) to do this"));
  }

  public record StatusView(
      boolean verified, String method, Instant verifiedAt, String district, UUID pendingRequest,
      List<String> methods) {}
}
