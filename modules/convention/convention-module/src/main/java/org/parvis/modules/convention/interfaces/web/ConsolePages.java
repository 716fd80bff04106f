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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrators' console: the conventions, and for one of them the pool against the quotas and the public draw
 * step by step (open recruitment, invitation codes, freeze, computation, publication, seed, withdrawals and
 * replacement rounds). Every step goes through the application services the API uses. Anonymous visitors are sent
 * to sign in, other members get 403.
 */
@Path("/convention/admin")
@ModuleEndpoint(ConventionModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

  @Inject ConventionAdministration administration;
  @Inject Ceremony ceremony;
  @Inject ConsolePageModels models;
  @Inject ConventionPageModels conventions;
  @Inject PortalViews views;

  @GET
  public Response index() {
    Texts t = texts();
    return views.page("convention/admin-list", t.get("admin.title"))
        .with("conventions", conventions.cards(administration.all(), t)).response();
  }

  @GET
  @Path("{id}")
  public Response dashboard(@PathParam("id") UUID id) {
    return page(id, Form.empty()).response();
  }

  @POST
  @Path("{id}/recruitment")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openRecruitment(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> OnTheForm.run(form, () -> administration.openRecruitment(id)));
  }

  /** One-time invitation codes, shown on this response only (just their hashes are kept): no redirect. */
  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invitations(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    AtomicReference<List<String>> codes = new AtomicReference<>();
    Response refused = step(id, posted, form -> {
      long count = form.wholeNumber("count", 1, 10_000);
      form.requireValid();
      codes.set(OnTheForm.run(form, () -> administration.invitationCodes(id, (int) count)));
    });
    if (codes.get() == null) {
      return refused;
    }
    Texts t = texts();
    return views.page("convention/codes", t.get("admin.codes.title")).with("id", id)
        .with("once", t.get("admin.codes.once", codes.get().size())).with("codes", codes.get()).response();
  }

  @POST
  @Path("{id}/freeze")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response freeze(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> OnTheForm.run(form, () -> ceremony.freeze(id)));
  }

  @POST
  @Path("{id}/computation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recompute(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> OnTheForm.run(form, () -> ceremony.recompute(id)));
  }

  @POST
  @Path("{id}/publication")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> OnTheForm.run(form, () -> ceremony.publish(id)));
  }

  @POST
  @Path("{id}/draw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draw(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> {
      String seed = form.text("seed", 200);
      form.requireValid();
      OnTheForm.run(form, () -> ceremony.draw(id, seed));
    });
  }

  /** A member leaves; an unknown number is refused next to the field. */
  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response withdrawal(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> {
      long number = form.wholeNumber("number", 1, Integer.MAX_VALUE);
      form.requireValid();
      try {
        OnTheForm.run(form, () -> ceremony.leave(id, (int) number));
      } catch (ProblemException e) {
        if (e.status() != 404 || e.getMessage() == null || !e.getMessage().startsWith("No volunteer")) {
          throw e;
        }
        form.refuse("number", "admin.error.noVolunteer", number).requireValid();
      }
    });
  }

  @POST
  @Path("{id}/replacements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response replacements(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> OnTheForm.run(form, () -> ceremony.publishReplacements(id)));
  }

  @POST
  @Path("{id}/replacements/draw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response drawReplacements(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, posted, form -> {
      long round = form.wholeNumber("round", 1, Integer.MAX_VALUE);
      String seed = form.text("replacementSeed", 200);
      form.requireValid();
      OnTheForm.run(form, () -> ceremony.drawReplacements(id, (int) round, seed));
    });
  }

  /** Runs one step of the draw, then shows the console again (or the console with the refusal, 422). */
  private Response step(UUID id, MultivaluedMap<String, String> posted, Consumer<Form> action) {
    return views.submit(Form.of(posted), form -> {
      action.accept(form);
      return "/convention/admin/" + id;
    }, form -> page(id, form));
  }

  private View page(UUID id, Form form) {
    Texts t = texts();
    Convention c = administration.require(id);
    return views.page("convention/console", t.get("admin.dashboard", c.title()))
        .with("dash", models.dashboard(c, administration.volunteers(id), t)).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
