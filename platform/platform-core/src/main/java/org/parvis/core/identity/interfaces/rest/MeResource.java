package org.parvis.core.identity.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/** Who the caller is here: subject, roles in this tenant, verification. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;

  @GET
  public MeView me() {
    String subject =
        caller
            .subject()
            .orElseThrow(
                () -> ProblemException.unauthorized("Not signed in"));
    return new MeView(
        subject,
        TenantContext.current().map(t -> t.slug()).orElse(null),
        caller.tenantRoles().stream().map(TenantRole::id).sorted().toList(),
        caller.isOperator(),
        caller.isVerifiedResident());
  }

  public record MeView(
      String subject, String tenant, List<String> roles, boolean operator, boolean verified) {}
}
