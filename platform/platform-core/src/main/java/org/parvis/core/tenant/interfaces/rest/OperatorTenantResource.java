package org.parvis.core.tenant.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.interfaces.rest.RolesBody;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.core.tenant.application.TenantOnboarding;
import org.parvis.core.tenant.application.TenantSpec;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.core.web.rest.OperatorOnly;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;

/** The operator API: create, list, update, suspend and reactivate tenants. */
@Path("/api/operator/tenants")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorTenantResource {

  @Inject TenantOnboarding onboarding;
  @Inject TenantAdministration tenants;
  @Inject MembershipAdministration memberships;
  @Inject TenantTransactions transactions;
  @Inject BodyValidator edge;

  @POST
  public Response create(TenantSpec spec) {
    var created = onboarding.onboard(edge.check(spec));
    return Response.created(UriBuilder.fromPath("/api/operator/tenants/{slug}").build(spec.slug()))
        .entity(TenantView.summary(created))
        .build();
  }

  @GET
  public List<TenantView> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw ProblemException.badRequest(
          "urn:parvis:problem:invalid-paging",
          "offset must be >= 0 and limit between 1 and 1000",
          Map.of());
    }
    return tenants.page(offset, limit).stream().map(TenantView::of).toList();
  }

  @GET
  @Path("{slug}")
  public TenantView get(@PathParam("slug") String slug) {
    return TenantView.of(tenants.require(slug));
  }

  @PUT
  @Path("{slug}")
  public TenantView update(@PathParam("slug") String slug, TenantSpec spec) {
    tenants.update(slug, edge.check(spec));
    return TenantView.of(tenants.require(slug));
  }

  @PUT
  @Path("{slug}/suspension")
  public TenantView suspend(@PathParam("slug") String slug) {
    tenants.suspend(slug);
    return TenantView.of(tenants.require(slug));
  }

  @DELETE
  @Path("{slug}/suspension")
  public TenantView reactivate(@PathParam("slug") String slug) {
    tenants.reactivate(slug);
    return TenantView.of(tenants.require(slug));
  }

  /** Appoints a person (by identity-provider subject) to roles in a tenant, e.g. its first admin. */
  @PUT
  @Path("{slug}/members/{subject}")
  public Map<String, Object> appoint(
      @PathParam("slug") String slug, @PathParam("subject") String subject, RolesBody body) {
    edge.check(body);
    var tenant = tenants.require(slug).toRef();
    var roles =
        transactions.callAs(
            tenant,
            () ->
                memberships.assign(subject, body.asSet()).roles());
    return Map.of("subject", subject, "roles", roles.stream().map(TenantRole::id).sorted().toList());
  }
}
