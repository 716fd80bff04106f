package org.parvis.core.residency.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.ResidencyPolicy;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrator chooses how residents prove they live in the commune (census, code by letter, staff approval,
 * each explained in plain words) and from what age, and sees the census: its size and its districts.
 */
@Path("/admin/residency")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ResidencySettingsPage {

  @Inject ResidencyPolicies policies;
  @Inject CensusImport census;
  @Inject ResidencyVerification verification;
  @Inject PortalViews views;

  @GET
  public Response page() {
    return page(Form.prefilled(Map.of("minimumAge", Integer.toString(policies.minimumAge()))),
        ResidencyPageModels.names(policies.offered())).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(MultivaluedMap<String, String> posted) {
    Form posting = Form.of(posted);
    List<String> chosen = posting.values("methods");
    return views.submit(posting, form -> {
      Set<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);
      for (String name : chosen) {
        if (ResidencyPageModels.names(EnumSet.allOf(VerificationMethod.class)).contains(name)) {
          methods.add(VerificationMethod.valueOf(name));
        } else {
          form.refuse("methods", "form.notChoice");
        }
      }
      int minimumAge = (int) form.wholeNumber("minimumAge", 0, ResidencyPolicy.MAX_AGE);
      form.requireValid();
      policies.configure(methods, minimumAge);
      return "/admin/residency";
    }, form -> page(form, chosen));
  }

  private View page(Form form, List<String> chosen) {
    Texts t = ResidencyPageModels.texts(views.locale());
    return views.page("residency/settings", t.get("settings.title"))
        .form(form)
        .with("methods", ResidencyPageModels.methods(t, chosen))
        .with("censusSize", census.size())
        .with("districts", ResidencyPageModels.districts(t, census.districts()))
        .with("waiting", verification.pendingRequests().size());
  }
}
