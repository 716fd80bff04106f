package org.parvis.core.identity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.domain.Membership;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/** Tenant administrators appoint members to roles in their tenant. */
@Path("/api/admin/members")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminMemberResource {

  @Inject MembershipAdministration memberships;
  @Inject BodyValidator edge;

  @GET
  public List<MemberView> list() {
    return memberships.all().stream().map(MemberView::of).toList();
  }

  @PUT
  @Path("{subject}")
  public MemberView assign(@PathParam("subject") String subject, RolesBody body) {
    edge.check(body);
    return MemberView.of(memberships.assign(subject, body.asSet()));
  }

  public record MemberView(String subject, List<String> roles) {
    static MemberView of(Membership m) {
      return new MemberView(m.subject(), m.roles().stream().map(TenantRole::id).sorted().toList());
    }
  }
}
