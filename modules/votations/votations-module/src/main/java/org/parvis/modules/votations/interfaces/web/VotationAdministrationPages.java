package org.parvis.modules.votations.interfaces.web;

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
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.VotationOrganizing;
import org.parvis.modules.votations.application.VotationReading;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The votations' administration, for those the API lets organize them (administrators, staff): the tenant's
 * votations with their turnout, a form to create one and to change it until it opens, and per votation "open now"
 * and "close now", each confirmed by a required checkbox stating its consequence. The rules are {@link
 * VotationOrganizing}'s and the aggregate's.
 */
@Path("/votations/administration")
@ModuleEndpoint(VotationsModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class VotationAdministrationPages {

  private static final String CONFIRM = "confirm";

  @Inject VotationReading reading;
  @Inject VotationOrganizing organizing;
  @Inject VotationAdminPageModels models;
  @Inject CurrentTenant tenant;
  @Inject PortalViews views;

  @GET
  public Response votations() {
    Texts t = texts();
    var rows = reading.all(Optional.empty()).stream().map(s -> models.row(s, t)).toList();
    return views.page("votations/admin-list", t.get("admin.title")).with("votations", rows).response();
  }

  @GET
  @Path("new")
  public Response blank() {
    return editor(null, VotationForm.blank()).response();
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      VotationForm.Spec spec = VotationForm.read(form, zone());
      form.requireValid();
      Votation created = organizing.create(spec.question(), spec.description(), spec.method(), spec.options(),
          spec.grades(), spec.opensAt(), spec.closesAt());
      return "/votations/administration/" + created.id();
    }, form -> editor(null, form));
  }

  @GET
  @Path("{id}")
  public Response votation(@PathParam("id") UUID id) {
    return detail(id, Form.empty()).response();
  }

  @GET
  @Path("{id}/edit")
  public Response edit(@PathParam("id") UUID id) {
    return editor(reading.one(id, Optional.empty()).votation(), null).response();
  }

  @POST
  @Path("{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revise(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Votation votation = reading.one(id, Optional.empty()).votation();
    return views.submit(Form.of(posted), form -> {
      VotationForm.Spec spec = VotationForm.read(form, zone());
      form.requireValid();
      organizing.revise(id, spec.question(), spec.description(), spec.method(), spec.options(), spec.grades(),
          spec.opensAt(), spec.closesAt());
      return "/votations/administration/" + id;
    }, form -> editor(votation, form));
  }

  @POST
  @Path("{id}/opening")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response open(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return confirmed(id, posted, organizing::open);
  }

  @POST
  @Path("{id}/closing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return confirmed(id, posted, organizing::close);
  }

  /** Runs {@code action} once its consequence is confirmed, then back to the votation's page. */
  private Response confirmed(UUID id, MultivaluedMap<String, String> posted, Consumer<UUID> action) {
    reading.one(id, Optional.empty());
    return views.submit(Form.of(posted), form -> {
      if (!form.checked(CONFIRM)) {
        form.refuse(CONFIRM, "admin.confirmRequired");
      }
      form.requireValid();
      action.accept(id);
      return "/votations/administration/" + id;
    }, form -> detail(id, form));
  }

  private View detail(UUID id, Form form) {
    Texts t = texts();
    Summary summary = reading.one(id, Optional.empty());
    return views.page("votations/admin-votation", summary.votation().question())
        .with("votation", models.detail(summary, t)).form(form);
  }

  /** The votation form: empty or as typed for a new one, or {@code votation}'s ({@code form} null: as saved). */
  private View editor(Votation votation, Form form) {
    Texts t = texts();
    Form shown = form != null ? form : VotationForm.prefilled(votation, zone());
    String title = votation == null ? t.get("admin.new") : t.get("admin.edit", votation.question());
    return views.page("votations/admin-form", title)
        .with("editor", models.editor(votation, t)).form(shown);
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }

  private Texts texts() {
    return Texts.of("messages.votations", views.locale());
  }
}
