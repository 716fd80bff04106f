package org.parvis.core.residency.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.VerificationRequest;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The staff queue of residents asking to be verified by a person: each request opens on its own page, where staff
 * approve it (in a district of the census, when it names districts) or reject it, confirming either with a tick.
 * As the API: staff and administrators, and nobody approves their own request.
 */
@Path("/admin/residency/requests")
@RequiresTenantRole({TenantRole.STAFF, TenantRole.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ResidencyRequestsPage {

  @Inject ResidencyVerification verification;
  @Inject CensusImport census;
  @Inject PortalViews views;
  @Inject CurrentTenant tenant;
  @Inject Caller caller;

  @GET
  public Response queue() {
    Texts t = ResidencyPageModels.texts(views.locale());
    return views.page("residency/requests", t.get("requests.title"))
        .with("requests", ResidencyPageModels.requests(t, tenant.require().zone(), verification.pendingRequests()))
        .response();
  }

  @GET
  @Path("{id}")
  public Response request(@PathParam("id") UUID id) {
    return page(pending(id), Form.empty()).response();
  }

  @POST
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    VerificationRequest request = pending(id);
    return views.submit(Form.of(posted), form -> {
      List<String> districts = List.copyOf(census.districts().keySet());
      Optional<String> district = districts.isEmpty() ? Optional.empty()
          : Optional.ofNullable(form.choice("district", districts));
      confirmed(form, "confirmApproval");
      form.requireValid();
      verification.approve(id, caller.subject().orElseThrow(), district);
      return "/admin/residency/requests";
    }, form -> page(request, form));
  }

  @POST
  @Path("{id}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    VerificationRequest request = pending(id);
    return views.submit(Form.of(posted), form -> {
      confirmed(form, "confirmRejection");
      form.requireValid();
      verification.reject(id);
      return "/admin/residency/requests";
    }, form -> page(request, form));
  }

  private static void confirmed(Form form, String field) {
    if (!form.checked(field)) {
      form.refuse(field, "requests.confirmRequired");
    }
  }

  private View page(VerificationRequest request, Form form) {
    Texts t = ResidencyPageModels.texts(views.locale());
    var row = ResidencyPageModels.row(t, tenant.require().zone(), request);
    return views.page("residency/request", t.get("requests.one", row.firstNames(), row.lastName()))
        .form(form)
        .with("request", row)
        .with("districts", List.copyOf(census.districts().keySet()));
  }

  private VerificationRequest pending(UUID id) {
    return verification.pendingRequests().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No pending verification request " + id));
  }
}
