package org.parvis.modules.worksites.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoUpload;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The report form: a resident reports a need with a title, a description, where it is in words and, if they know
 * it, its point (typed, or filled by the phone's position where a small script can locate), and optionally a photo
 * with its text alternative. Posted as multipart because of the photo; no map is needed.
 */
@Path("/worksites/report")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ReportFormPages {

  @Inject PortalViews views;
  @Inject ReportBox reports;
  @Inject Residents residents;
  @Inject Caller caller;

  @GET
  public Response form() {
    return page(Form.empty()).response();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response report(List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return views.submit(Form.of(posted), form -> {
      var person = residents.require();
      String title = form.text("title", 200);
      String description = form.paragraphs("description", 10_000);
      String place = form.optionalText("place", 300).orElse("");
      Double latitude = coordinate(form, "latitude", 90);
      Double longitude = coordinate(form, "longitude", 180);
      if (form.isValid() && (latitude == null) != (longitude == null)) {
        form.refuse(latitude == null ? "latitude" : "longitude", "report.bothCoordinates");
      } else if (form.isValid() && latitude == null && place.isEmpty()) {
        form.refuse("place", "report.placeOrPoint");
      }
      Optional<String> caption = form.optionalText("photoCaption", 300);
      form.requireValid();
      WorksiteReport report = reports.report(title, description, place, latitude, longitude,
          photo(posted, caption.orElse("")).orElse(null), person);
      return "/worksites/reports/" + report.id() + "?reported=1";
    }, this::page);
  }

  /** The image sent in the form's {@code photo} input with its caption (text alternative), if any. */
  static Optional<PhotoUpload> photo(MultipartForm form, String caption) {
    return form.file("photo", "photo").map(u -> new PhotoUpload(u.filename(), u.content(), caption));
  }

  /** A typed coordinate ({@code null} when left empty), a decimal comma accepted. */
  static Double coordinate(Form form, String field, double bound) {
    Optional<String> typed = form.optionalText(field, 40);
    if (typed.isEmpty()) {
      return null;
    }
    try {
      double value = Double.parseDouble(typed.get().replace(',', '.'));
      if (Math.abs(value) <= bound) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    form.refuse(field, "report.notCoordinate");
    return null;
  }

  private View page(Form form) {
    Texts t = Texts.of("messages.worksites", views.locale());
    return views.page("worksites/report", t.get("report.title"))
        .with("verified", caller.verifiedResidentId().isPresent())
        .with("pointOptional", reports.centre().isPresent()).form(form);
  }
}
