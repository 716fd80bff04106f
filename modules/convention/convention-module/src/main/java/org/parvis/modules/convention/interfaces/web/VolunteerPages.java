package org.parvis.modules.convention.interfaces.web;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.Recruitment;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Joined;
import org.parvis.modules.convention.interfaces.web.ConventionPageModels.Question;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The volunteer form of a recruiting convention: identity (to refuse a second application, never kept in clear),
 * an address, one answer per quota question, an invitation code where the convention asks for one, the consent.
 */
@Path("/convention/{id}/volunteer")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.TEXT_HTML)
public class VolunteerPages {

  @Inject ConventionReading reading;
  @Inject Recruitment recruitment;
  @Inject ConventionPageModels models;
  @Inject PortalViews views;
  @Inject Caller caller;

  @GET
  public Response form(@PathParam("id") UUID id) {
    return page(reading.visible(id), Form.empty()).response();
  }

  /**
   * Joins the pool. The page answers the post itself, without a redirect: the withdrawal code is shown this once
   * and only its hash is kept.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response volunteer(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Convention c = reading.visible(id);
    AtomicReference<Recruitment.Joined> joined = new AtomicReference<>();
    Response refused = views.submit(Form.of(posted), form -> {
      String lastName = form.text("lastName", 200);
      String firstNames = form.text("firstNames", 200);
      LocalDate birthDate = form.date("birthDate");
      String email = form.optionalText("email", 320).orElse(null);
      Map<String, String> answers = new LinkedHashMap<>();
      for (Question q : models.volunteerForm(c).questions()) {
        answers.put(q.category(), form.choice(q.name(), q.answers().stream().map(a -> a.value()).toList()));
      }
      String code = form.optionalText("invitationCode", 100).orElse(null);
      boolean consent = form.checked("consent");
      if (!consent) {
        form.refuse("consent", "form.consentMissing");
      }
      form.requireValid();
      joined.set(OnTheForm.run(form, () -> recruitment.join(id, new Recruitment.Application(lastName, firstNames,
          birthDate, email, answers, consent, form.checked("publishName"), code,
          caller.verifiedResidentId().orElse(null)))));
      return "/convention/" + id;
    }, form -> page(c, form));
    if (joined.get() == null) {
      return refused;
    }
    Texts t = texts();
    return views.page("convention/joined", t.get("joined.title"))
        .with("joined", new Joined(t.get("joined.number", joined.get().number()),
            t.get("joined.withdrawal", joined.get().withdrawalToken())))
        .response();
  }

  private View page(Convention c, Form form) {
    return views.page("convention/volunteer", texts().get("form.title", c.title()))
        .with("volunteer", models.volunteerForm(c)).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
