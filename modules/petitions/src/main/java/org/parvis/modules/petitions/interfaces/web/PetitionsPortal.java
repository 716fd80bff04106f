package org.parvis.modules.petitions.interfaces.web;

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
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PaperIdentity;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Public petitions with their live counter and progress bar; verified residents sign and withdraw with plain forms
 * (no script), proving their age where the tenant sets a minimum.
 */
@Path("/petitions")
@ModuleEndpoint(PetitionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PetitionsPortal {

  @Inject PetitionReading petitions;
  @Inject PetitionSigning signing;
  @Inject PetitionPageModels models;
  @Inject PortalViews views;
  @Inject Caller caller;
  @Inject ModuleSettings settings;

  @GET
  public Response index() {
    Texts t = texts();
    return views.page("petitions/index", t.get("title")).with("petitions", models.cards(t)).response();
  }

  @GET
  @Path("{id}")
  public Response petition(@PathParam("id") UUID id) {
    return page(petitions.visible(id), Form.empty()).response();
  }

  /** Signs (with the identity proof where a minimum age is set) or withdraws, from the page's forms. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Petition petition = petitions.visible(id);
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("sign", "withdraw"));
      UUID resident = caller.verifiedResidentId().orElseThrow(() -> new ProblemException(403,
          "urn:parvis:problem:residency-verification-required", "Forbidden", "Verify your residency first"));
      if ("withdraw".equals(action)) {
        form.requireValid();
        signing.withdraw(id, resident);
      } else {
        sign(id, resident, form);
      }
      return "/petitions/" + id;
    }, form -> page(petition, form));
  }

  private void sign(UUID id, UUID resident, Form form) {
    Optional<String> email = form.checked("keepInformed") ? caller.email() : Optional.empty();
    if (minimumAge() > 0) {
      PaperIdentity identity = new PaperIdentity(form.text("lastName", 200), form.text("firstNames", 200),
          form.date("birthDate"));
      form.requireValid();
      signing.signWithIdentity(id, resident, identity, email);
    } else {
      form.requireValid();
      signing.sign(id, resident, email);
    }
  }

  private View page(Petition petition, Form form) {
    Texts t = texts();
    return views.page("petitions/petition", petition.title())
        .with("petition", models.page(petition, t))
        .with("signing", models.signing(petition))
        .with("minimumAge", minimumAge())
        .form(form);
  }

  private Texts texts() {
    return Texts.of("messages.petitions", views.locale());
  }

  private long minimumAge() {
    return settings.getLong(PetitionsModule.ID, PetitionsModule.MINIMUM_AGE);
  }
}
