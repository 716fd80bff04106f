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
import org.parvis.spi.people.People;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/** Tenant administrators appoint members to roles in their tenant; only accounts Keycloak knows. */
@Path("/api/admin/members")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminMemberResource {

  /** A subject the identity provider does not know: refused, so that no ghost member is ever made. */
  static final String UNKNOWN_PERSON = "urn:parvis:problem:unknown-person";

  @Inject MembershipAdministration memberships;
  @Inject BodyValidator edge;
  @Inject People people;

  @GET
  public List<MemberView> list() {
    return memberships.all().stream().map(MemberView::of).toList();
  }

  @PUT
  @Path("{subject}")
  public MemberView assign(@PathParam("subject") String subject, RolesBody body) {
    edge.check(body);
    if (people.find(subject).isEmpty()) {
      throw new ProblemException(422, UNKNOWN_PERSON, "Unprocessable Content",
          "The identity provider knows no account " + subject + ": no member is made of it");
    }
    return MemberView.of(memberships.assign(subject, body.asSet()));
  }

  public record MemberView(String subject, List<String> roles) {
    static MemberView of(Membership m) {
      return new MemberView(m.subject(), m.roles().stream().map(TenantRole::id).sorted().toList());
    }
  }
}
