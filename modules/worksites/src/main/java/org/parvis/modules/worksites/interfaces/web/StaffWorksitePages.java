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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiFunction;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.PhotoKind;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A worksite as staff prepare it: its description, materials, before/after photos, shifts (plan one, open its
 * check-in list) and completion.
 */
@Path("/worksites/staff/worksites/{id}")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class StaffWorksitePages {

  @Inject PortalViews views;
  @Inject StaffPageModels models;
  @Inject StaffAccess access;
  @Inject WorksiteReading reading;
  @Inject WorksitePlanning planning;
  @Inject PhotoAlbum album;
  @Inject WorksiteMail mail;

  @GET
  public Response worksite(@PathParam("id") UUID id, @QueryParam("done") String done) {
    access.requireStaff();
    Worksite w = reading.require(id);
    return page(w, done != null ? texts().get("staff.done") : "", Form.empty()).response();
  }

  /** Staff describe the worksite: what, where, who refers it, safety, minimum age, skills. */
  @POST
  @Path("details")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response describe(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (w, form) -> {
      String title = form.text("title", 200);
      String description = form.paragraphs("description", 10_000);
      String address = form.optionalText("address", 300).orElse(null);
      Double latitude = ReportFormPages.coordinate(form, "latitude", 90);
      Double longitude = ReportFormPages.coordinate(form, "longitude", 180);
      if (latitude == null || longitude == null) {
        form.refuse(latitude == null ? "latitude" : "longitude", "form.required");
      }
      String referent = form.optionalText("referent", 300).orElse(null);
      String safety = form.optionalParagraphs("safetyNotes", 5_000).orElse(null);
      OptionalLong minimumAge = form.optionalWholeNumber("minimumAge", 0, 120);
      String skills = form.optionalText("skills", 2_000).orElse(null);
      form.requireValid();
      planning.describe(id, new Worksite.Details(title, description, GeoPoint.of(latitude, longitude), address,
          referent, safety, minimumAge.isPresent() ? (int) minimumAge.getAsLong() : null, skills));
      return "";
    });
  }

  /** Staff list a material or a tool, provided by the commune or to be brought by a volunteer. */
  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addItem(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (w, form) -> {
      String name = form.text("name", 200);
      long quantity = form.wholeNumber("quantity", 1, 10_000);
      ItemSource source = form.choice("source", ItemSource.class);
      form.requireValid();
      planning.addItem(id, name, (int) quantity, source);
      return "#items";
    });
  }

  /** Staff add a photo taken before or after the work, with its text alternative. */
  @POST
  @Path("photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("id") UUID id, List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return act(id, Form.of(posted), (w, form) -> {
      String kind = form.choice("kind", List.of(PhotoKind.BEFORE.name(), PhotoKind.AFTER.name()));
      String caption = form.text("caption", 300);
      var photo = ReportFormPages.photo(posted, caption);
      if (photo.isEmpty()) {
        form.refuse("photo", "form.required");
      }
      form.requireValid();
      album.addToWorksite(id, PhotoKind.valueOf(kind), photo.get());
      return "#photos";
    });
  }

  @POST
  @Path("shifts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response planShift(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (w, form) -> {
      LocalDate day = form.date("day");
      LocalTime from = time(form, "from");
      LocalTime to = time(form, "to");
      long capacity = form.wholeNumber("capacity", 1, 10_000);
      if (from != null && to != null && !to.isAfter(from)) {
        form.refuse("to", "staff.endsBeforeStart");
      }
      form.requireValid();
      ZoneId zone = mail.zone();
      planning.addShift(id, day.atTime(from).atZone(zone).toInstant(), day.atTime(to).atZone(zone).toInstant(),
          (int) capacity);
      return "";
    });
  }

  @POST
  @Path("completion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response complete(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return act(id, Form.of(posted), (w, form) -> {
      String note = form.optionalParagraphs("note", 5_000).orElse(null);
      form.requireValid();
      planning.complete(id, note);
      return "";
    });
  }

  /** Runs a staff form on the worksite: back to its page on success ({@code anchor} returned), again when refused. */
  private Response act(UUID id, Form posted, BiFunction<Worksite, Form, String> action) {
    access.requireStaff();
    Worksite w = reading.require(id);
    return views.submit(posted, form -> "/worksites/staff/worksites/" + id + "?done=1" + action.apply(w, form),
        form -> page(reading.require(id), "", form));
  }

  /** A time of day as a time input sends it ({@code hh:mm}). */
  private static LocalTime time(Form form, String field) {
    String typed = form.text(field, 8);
    if (typed.isEmpty()) {
      return null;
    }
    try {
      return LocalTime.parse(typed);
    } catch (DateTimeParseException e) {
      form.refuse(field, "staff.notTime");
      return null;
    }
  }

  private View page(Worksite w, String notice, Form form) {
    return views.page("worksites/staff-worksite", w.title()).with("worksite", models.worksite(w, texts()))
        .with("notice", notice).form(models.forms(w, form));
  }

  private Texts texts() {
    return Texts.of("messages.worksites", views.locale());
  }
}
