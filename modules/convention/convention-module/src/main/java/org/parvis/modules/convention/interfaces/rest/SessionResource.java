package org.parvis.modules.convention.interfaces.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Session;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/** Sessions of a seated panel: public, set by administrators (members get an invitation). */
@Path("/api/conventions/{id}/sessions")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject MembersSpace space;
  @Inject BodyValidator edge;

  @GET
  public List<SessionView> sessions(@PathParam("id") UUID id) {
    return space.sessions(id).stream().map(SessionView::of).toList();
  }

  @POST
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response addSession(@PathParam("id") UUID id, SessionBody body) {
    body = edge.check(body);
    Session s = space.addSession(id, body.title(), body.startsAt(), body.endsAt(), body.place(),
        body.agenda());
    return Response.status(Response.Status.CREATED).entity(SessionView.of(s)).build();
  }

  public record SessionBody(@NotBlank @Size(max = 200) String title, @NotNull Instant startsAt,
                            @NotNull Instant endsAt, @Size(max = 300) String place,
                            @Size(max = 20_000) String agenda) {}

  public record SessionView(UUID id, String title, Instant startsAt, Instant endsAt, String place,
                            String agenda) {
    static SessionView of(Session s) {
      return new SessionView(s.id(), s.title(), s.startsAt(), s.endsAt(), s.place(), s.agenda());
    }
  }
}
