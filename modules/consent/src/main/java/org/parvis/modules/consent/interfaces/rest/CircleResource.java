package org.parvis.modules.consent.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.Circles;
import org.parvis.modules.consent.domain.Circle;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * The tenant's circles: administrators create them and name their members (by identity-provider
 * subject, as for tenant memberships); members see their circles and who is in them.
 */
@Path("/api/consent/circles")
@ModuleEndpoint(ConsentModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF, TenantRole.CITIZEN})
public class CircleResource {

  @Inject Circles circles;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<CircleView> circles() {
    List<Circle> visible = administrator() ? circles.all() : circles.of(subject());
    return visible.stream().map(c -> new CircleView(c.id(), c.name(), null)).toList();
  }

  @POST
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response create(CircleBody body) {
    Circle circle = circles.create(edge.check(body).name());
    return Response.status(Response.Status.CREATED)
        .entity(new CircleView(circle.id(), circle.name(), List.of())).build();
  }

  @GET
  @Path("{id}")
  public CircleView circle(@PathParam("id") UUID id) {
    Circle circle = circles.get(id);
    if (!administrator() && !circles.isMember(id, subject())) {
      throw ProblemException.notFound("No circle " + id);
    }
    return new CircleView(circle.id(), circle.name(), circles.members(id));
  }

  @PUT
  @Path("{id}/members/{subject}")
  @RequiresTenantRole(TenantRole.ADMIN)
  public CircleView add(@PathParam("id") UUID id, @PathParam("subject") String member) {
    if (member.isBlank() || member.length() > 255) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "subject",
          "is not an identity-provider subject");
    }
    circles.add(id, member);
    return circle(id);
  }

  @DELETE
  @Path("{id}/members/{subject}")
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response remove(@PathParam("id") UUID id, @PathParam("subject") String member) {
    circles.get(id);
    circles.remove(id, member);
    return Response.noContent().build();
  }

  private String subject() {
    return caller.subject().orElseThrow();
  }

  private boolean administrator() {
    return caller.tenantRoles().contains(TenantRole.ADMIN);
  }

  public record CircleBody(@NotBlank @Size(max = 100) String name) {}

  /** A circle; {@code members} (subjects) only when reading one circle. */
  public record CircleView(UUID id, String name, List<String> members) {}
}
