package org.parvis.core.residency.interfaces.rest;

import org.parvis.spi.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.VerificationRequest;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/** Staff check pending verification requests (e.g. identity papers at the desk) and decide. */
@Path("/api/staff/residency/requests")
@RequiresTenantRole({TenantRole.STAFF, TenantRole.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StaffResidencyResource {

  @Inject ResidencyVerification verification;
  @Inject Caller caller;

  @GET
  public List<RequestView> pending() {
    return verification.pendingRequests().stream().map(RequestView::of).toList();
  }

  /** Approves; {@code district}, if given, is the person's district of residence. */
  @POST
  @Path("{id}/approval")
  public Response approve(@PathParam("id") UUID id, @QueryParam("district") String district) {
    Optional<String> checked = Optional.ofNullable(district).map(String::strip)
        .filter(d -> !d.isEmpty());
    if (checked.isPresent() && checked.get().length() > 100) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "district",
          "must be at most 100 characters");
    }
    verification.approve(id, caller.subject().orElseThrow(), checked);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  public Response reject(@PathParam("id") UUID id) {
    verification.reject(id);
    return Response.noContent().build();
  }

  public record RequestView(
      UUID id, String subject, String lastName, String firstNames, LocalDate birthDate,
      Instant requestedAt) {
    static RequestView of(VerificationRequest r) {
      var identity = r.identity();
      return new RequestView(r.id(), r.subject(), identity.lastName(), identity.firstNames(),
          identity.birthDate(), r.requestedAt());
    }
  }
}
