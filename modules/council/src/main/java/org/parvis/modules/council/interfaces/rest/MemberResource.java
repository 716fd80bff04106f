package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Members of the council: appointed by the secretariat or drawn by lot from volunteers; the
 * public list shows only sitting members who consented to it.
 */
@Path("/api/council")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

  @Inject Membership membership;
  @Inject BodyValidator edge;

  @GET
  @Path("members")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public List<MemberView> all() {
    return membership.all();
  }

  @GET
  @Path("members/public")
  public List<MemberView.Public> publicMembers() {
    return membership.publicMembers();
  }

  @POST
  @Path("members")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response appoint(AppointmentBody body) {
    body = edge.check(body);
    var member = membership.appoint(new CouncilMember.Profile(body.subject(), body.displayName(),
        body.organisation(), body.email(), body.profile(), body.publicProfile()), body.collegeId(),
        body.appointment());
    return Response.status(Response.Status.CREATED).entity(member).build();
  }

  @GET
  @Path("members/expiring")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public List<MemberView> expiring(@QueryParam("days") @DefaultValue("90") int days) {
    return membership.expiring(Math.max(0, Math.min(days, 3660)));
  }

  @POST
  @Path("members/{id}/renewal")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public MemberView renew(@PathParam("id") UUID id) {
    return membership.renew(id);
  }

  @POST
  @Path("members/{id}/end")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public MemberView end(@PathParam("id") UUID id) {
    return membership.end(id);
  }

  @PUT
  @Path("members/{id}/roles")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public MemberView roles(@PathParam("id") UUID id, RolesBody body) {
    body = edge.check(body);
    return membership.assignRoles(id, body.roles());
  }

  @GET
  @Path("members/me")
  public MemberView me() {
    return membership.me();
  }

  @PUT
  @Path("members/me")
  public MemberView changeOwnProfile(ProfileBody body) {
    body = edge.check(body);
    return membership.changeOwnProfile(body.displayName(), body.profile(), body.publicProfile());
  }

  @POST
  @Path("volunteers")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF, TenantRole.CITIZEN})
  public Response volunteer(VolunteerBody body) {
    body = edge.check(body);
    membership.volunteer(body.collegeId(), body.displayName());
    return Response.noContent().build();
  }

  @POST
  @Path("draws")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response draw(DrawBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED).entity(membership.draw(body.colleges(), body.seed())).build();
  }

  public record AppointmentBody(@SingleLine @NotBlank @Size(max = 255) String subject,
                                @NotBlank @Size(max = 200) String displayName,
                                @Size(max = 200) String organisation,
                                @Email @Size(max = 254) String email,
                                @Size(max = 5_000) String profile,
                                boolean publicProfile,
                                @NotNull UUID collegeId,
                                @NotNull Appointment appointment) {}

  public record RolesBody(@NotNull Set<CouncilRole> roles) {}

  public record ProfileBody(@NotBlank @Size(max = 200) String displayName,
                            @Size(max = 5_000) String profile, boolean publicProfile) {}

  public record VolunteerBody(@NotNull UUID collegeId, @NotBlank @Size(max = 200) String displayName) {}

  public record DrawBody(@NotEmpty @Size(max = 50) List<UUID> colleges,
                         @NotBlank @Size(max = 200) String seed) {}
}
