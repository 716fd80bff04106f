package org.parvis.modules.worksites.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.Person;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** A report's page: verified residents support it, add information or a photo, or flag it as abusive. */
@Path("/worksites/reports/{id}")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

  @Inject PortalViews views;
  @Inject WorksitePageModels models;
  @Inject ReportBox reports;
  @Inject PhotoAlbum album;
  @Inject Residents residents;

  @GET
  public Response report(@PathParam("id") UUID id, @QueryParam("reported") String reported,
      @QueryParam("done") String done) {
    Texts t = texts();
    String notice = reported != null ? t.get("report.sent") : done != null ? t.get("report.thanks") : "";
    return page(reports.require(id), notice, Form.empty()).response();
  }

  @POST
  @Path("supports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response support(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (form, person) -> reports.support(id, person));
  }

  @POST
  @Path("notes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addNote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (form, person) -> {
      String text = form.paragraphs("text", 5_000);
      form.requireValid();
      reports.addNote(id, text, person);
    });
  }

  @POST
  @Path("photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("id") UUID id, List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return act(id, Form.of(posted), (form, person) -> {
      String caption = form.text("caption", 300);
      var photo = ReportFormPages.photo(posted, caption);
      if (photo.isEmpty()) {
        form.refuse("photo", "form.required");
      }
      form.requireValid();
      album.addToReport(id, photo.get(), person);
    });
  }

  @POST
  @Path("abuse-reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reportAbuse(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (form, person) -> reports.reportAbuse(id, person));
  }

  /** Runs a resident's action on a report; a refusal shows the report's page again with it. */
  private Response act(UUID id, Form posted, BiConsumer<Form, Person> action) {
    WorksiteReport report = reports.require(id);
    return views.submit(posted, form -> {
      action.accept(form, residents.require());
      return "/worksites/reports/" + id + "?done=1";
    }, form -> page(report, "", form));
  }

  private View page(WorksiteReport report, String notice, Form form) {
    Texts t = texts();
    String title = report.isHidden() ? t.get("report.hiddenTitle") : report.title();
    return views.page("worksites/reported", title).with("report", models.report(report, t))
        .with("notice", notice).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
