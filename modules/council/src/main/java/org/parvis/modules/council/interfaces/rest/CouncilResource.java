package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.CouncilSetup;
import org.parvis.modules.council.application.CouncilView;
import org.parvis.modules.council.application.DocumentView;
import org.parvis.modules.council.domain.AdoptionMethod;
import org.parvis.modules.council.domain.AdoptionRule;
import org.parvis.modules.council.domain.AdoptionScope;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * The council itself: public reading of what it is, its colleges and its founding documents;
 * set-up by the tenant's administrators and staff (the council's secretariat).
 */
@Path("/api/council")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilResource {

  @Inject CouncilSetup setup;
  @Inject BodyValidator edge;
  @Inject CurrentTenant tenant;

  @GET
  public CouncilView council() {
    return setup.council();
  }

  @PUT
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public CouncilView describe(CouncilBody body) {
    body = edge.check(body);
    if (body.adoptionMethod() == AdoptionMethod.MAJORITY && body.majorityPercent() == null) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "majorityPercent",
          "a majority rule needs its threshold");
    }
    int threshold = body.majorityPercent() == null ? 50 : body.majorityPercent();
    return setup.describe(body.name(), body.territory(), body.mandateYears(),
        new AdoptionRule(body.adoptionMethod(), body.adoptionScope(), threshold));
  }

  @POST
  @Path("colleges")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public CouncilView college(CollegeBody body) {
    body = edge.check(body);
    return setup.defineCollege(body.name(), body.seats(), body.voting());
  }

  @GET
  @Path("documents/{kind}")
  public List<DocumentView> versions(@PathParam("kind") String kind) {
    return setup.versions(kind(kind));
  }

  @POST
  @Path("documents/{kind}")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response publish(@PathParam("kind") String kind, DocumentBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED).entity(setup.publish(kind(kind), body.text())).build();
  }

  private CouncilDocumentVersion.Kind kind(String path) {
    return switch (path) {
      case "charter" -> CouncilDocumentVersion.Kind.CHARTER;
      case "internal-rules" -> CouncilDocumentVersion.Kind.INTERNAL_RULES;
      default -> throw ProblemException.notFound(Texts.of("messages.council", tenant.require().locale())
          .get("refusal.notFound.document"));
    };
  }

  public record CouncilBody(@NotBlank @Size(max = 200) String name,
                            @NotBlank @Size(max = 200) String territory,
                            @Min(1) @Max(10) int mandateYears,
                            @NotNull AdoptionMethod adoptionMethod,
                            @NotNull AdoptionScope adoptionScope,
                            @Min(50) @Max(99) Integer majorityPercent) {}

  public record CollegeBody(@NotBlank @Size(max = 100) String name, @Min(1) @Max(500) int seats,
                            boolean voting) {}

  public record DocumentBody(@NotBlank @Size(max = 200_000) String text) {}
}
