package org.parvis.modules.worksites.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.ReportTriage;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The staff's triage of the residents' reports (accept as a worksite, decline or merge, each with a public reason)
 * with the list of worksites, and the moderation of the reports residents flagged (hide with a public reason,
 * restore).
 */
@Path("/worksites/staff")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class StaffTriagePages {

  @Inject PortalViews views;
  @Inject StaffPageModels models;
  @Inject StaffAccess access;
  @Inject ReportTriage triage;

  @GET
  public Response triagePage(@QueryParam("done") String done) {
    access.requireStaff();
    return triage(notice(done), Form.empty()).response();
  }

  @POST
  @Path("reports/{id}/acceptance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response accept(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    access.requireStaff();
    return views.submit(Form.of(posted), form -> {
      Worksite worksite = triage.accept(id);
      return "/worksites/staff/worksites/" + worksite.id() + "?done=1";
    }, form -> triage("", form));
  }

  @POST
  @Path("reports/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decline(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    access.requireStaff();
    return views.submit(Form.of(posted), form -> {
      String reason = form.paragraphs("reason", 2_000);
      form.requireValid();
      triage.decline(id, reason);
      return "/worksites/staff?done=1";
    }, form -> triage("", form));
  }

  @POST
  @Path("reports/{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    access.requireStaff();
    return views.submit(Form.of(posted), form -> {
      UUID target = form.id("target");
      String reason = form.text("reason", 2_000);
      form.requireValid();
      triage.merge(id, target, reason);
      return "/worksites/staff?done=1";
    }, form -> triage("", form));
  }

  /** Reports residents flagged as abusive, and the hidden ones (moderators too). */
  @GET
  @Path("moderation")
  public Response moderationPage(@QueryParam("done") String done) {
    access.requireModerator();
    return moderation(notice(done), Form.empty()).response();
  }

  @POST
  @Path("reports/{id}/hiding")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response hide(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    access.requireModerator();
    return views.submit(Form.of(posted), form -> {
      String reason = form.text("reason", 2_000);
      form.requireValid();
      triage.hide(id, reason);
      return "/worksites/staff/moderation?done=1";
    }, form -> moderation("", form));
  }

  @POST
  @Path("reports/{id}/restoration")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response restore(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    access.requireModerator();
    return views.submit(Form.of(posted), form -> {
      triage.restore(id);
      return "/worksites/staff/moderation?done=1";
    }, form -> moderation("", form));
  }

  private View triage(String notice, Form form) {
    Texts t = texts();
    return views.page("worksites/staff-triage", t.get("staff.title")).with("reports", models.toTriage(t))
        .with("worksites", models.worksites(t)).with("notice", notice).form(form);
  }

  private View moderation(String notice, Form form) {
    Texts t = texts();
    return views.page("worksites/staff-moderation", t.get("staff.moderation")).with("flagged", models.flagged(t))
        .with("hidden", models.hidden()).with("notice", notice).form(form);
  }

  private String notice(String done) {
    return done != null ? texts().get("staff.done") : "";
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
