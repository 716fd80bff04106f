package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.application.ReferralView;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Questions put to the council. The public sees them (the council works in the open); the
 * secretariat records referrals and their documents; members propose self-referrals that the
 * bureau decides on.
 */
@Path("/api/council/referrals")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

  @Inject ReferralDesk desk;
  @Inject BodyValidator edge;

  @GET
  public List<ReferralView> all() {
    return desk.all();
  }

  @GET
  @Path("{id}")
  public ReferralView one(@PathParam("id") UUID id) {
    return desk.get(id);
  }

  @POST
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response receive(ReferralBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED)
        .entity(desk.receive(body.title(), body.question(), body.deadline())).build();
  }

  @POST
  @Path("self")
  public Response propose(ReferralBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED)
        .entity(desk.propose(body.title(), body.question(), body.deadline())).build();
  }

  @POST
  @Path("{id}/decision")
  public ReferralView decide(@PathParam("id") UUID id, DecisionBody body) {
    body = edge.check(body);
    return desk.decide(id, body.accept());
  }

  /** A document of the referral, uploaded as its raw bytes with its own content type. */
  @POST
  @Path("{id}/documents")
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response attach(@PathParam("id") UUID id, @QueryParam("filename") String filename, byte[] content) {
    if (filename == null || filename.isBlank() || filename.length() > 200) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "filename",
          "give the file's name (at most 200 characters)");
    }
    StoredFile file = desk.attach(id, filename, content);
    return Response.status(Response.Status.CREATED)
        .entity(new DocumentLink(file.id(), file.filename(), file.url(), file.sha256())).build();
  }

  public record ReferralBody(@SingleLine @NotBlank @Size(max = 200) String title,
                             @NotBlank @Size(max = 20_000) String question,
                             @NotNull LocalDate deadline) {}

  public record DecisionBody(boolean accept) {}

  public record DocumentLink(UUID id, String filename, String url, String sha256) {}
}
