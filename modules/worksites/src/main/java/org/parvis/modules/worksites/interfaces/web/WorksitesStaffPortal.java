package org.parvis.modules.worksites.interfaces.web;

import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import static org.parvis.spi.web.Html.escape;

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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.ReportTriage;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.PhotoKind;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteItem;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteRuleException;
import org.parvis.modules.worksites.domain.WorksiteStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The commune's staff pages (tenant roles {@code STAFF} and {@code ADMIN}; 403 for anyone else):
 * triage of the open reports (accept, decline with a public reason, merge into another report),
 * moderation of flagged reports (hide with a public reason, restore; moderators too), a worksite's
 * description, materials, before/after photos, shifts (plan one, open its check-in list) and
 * completion, and a shift's check-in list where staff record how many people of each registration
 * came. Plain POST forms with labelled
 * fields and the portal's form token; a refused form is shown again with a {@code role="alert"}
 * message and status 422. The rules are the application services' own.
 */
@Path("/worksites/staff")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class WorksitesStaffPortal {

  @Inject PortalLayout layout;
  @Inject Caller caller;
  @Inject ReportBox reports;
  @Inject ReportTriage triage;
  @Inject WorksiteReading reading;
  @Inject WorksitePlanning planning;
  @Inject ShiftBooking booking;
  @Inject WorksiteMail mail;
  @Inject PhotoAlbum album;

  @GET
  public Response triagePage(@QueryParam("done") String done) {
    requireStaff();
    return triage(done != null ? texts().get("staff.done") : null, 200);
  }

  @POST
  @Path("reports/{id}/acceptance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response accept(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> triage(notice, 422), () -> {
      Worksite worksite = triage.accept(id);
      return seeOther("/worksites/staff/worksites/" + worksite.id() + "?done=1");
    });
  }

  @POST
  @Path("reports/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decline(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> triage(notice, 422), () -> {
      triage.decline(id, field(form, "reason"));
      return seeOther("/worksites/staff?done=1");
    });
  }

  @POST
  @Path("reports/{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> triage(notice, 422), () -> {
      triage.merge(id, uuid(field(form, "target"), "target"), field(form, "reason"));
      return seeOther("/worksites/staff?done=1");
    });
  }

  @GET
  @Path("worksites/{id}")
  public Response worksitePage(@PathParam("id") UUID id, @QueryParam("done") String done) {
    requireStaff();
    return worksite(id, done != null ? texts().get("staff.done") : null, 200);
  }

  @POST
  @Path("worksites/{id}/shifts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response planShift(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> worksite(id, notice, 422), () -> {
      ZoneId zone = mail.zone();
      LocalDate day = parse(() -> LocalDate.parse(field(form, "day")), "day");
      Instant startsAt = day.atTime(parse(() -> LocalTime.parse(field(form, "from")), "from"))
          .atZone(zone).toInstant();
      Instant endsAt = day.atTime(parse(() -> LocalTime.parse(field(form, "to")), "to"))
          .atZone(zone).toInstant();
      int capacity = parse(() -> Integer.parseInt(field(form, "capacity")), "capacity");
      planning.addShift(id, startsAt, endsAt, capacity);
      return seeOther("/worksites/staff/worksites/" + id + "?done=1");
    });
  }

  @POST
  @Path("worksites/{id}/completion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response complete(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> worksite(id, notice, 422), () -> {
      String note = field(form, "note");
      planning.complete(id, note.isEmpty() ? null : note);
      return seeOther("/worksites/staff/worksites/" + id + "?done=1");
    });
  }

  @GET
  @Path("shifts/{shift}")
  public Response checkInPage(@PathParam("shift") UUID shiftId, @QueryParam("done") String done) {
    requireStaff();
    return checkIn(shiftId, done != null ? texts().get("staff.done") : null, 200);
  }

  @POST
  @Path("shifts/{shift}/registrations/{registration}/attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordAttendance(@PathParam("shift") UUID shiftId,
      @PathParam("registration") UUID registrationId, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> checkIn(shiftId, notice, 422), () -> {
      int attendees = parse(() -> Integer.parseInt(field(form, "attendees")), "attendees");
      booking.recordAttendance(shiftId, registrationId, attendees);
      return seeOther("/worksites/staff/shifts/" + shiftId + "?done=1#r-" + registrationId);
    });
  }

  /** Staff describe the worksite: what, where, who refers it, safety, minimum age, skills. */
  @POST
  @Path("worksites/{id}/details")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response describe(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> worksite(id, notice, 422), () -> {
      String minimumAge = field(form, "minimumAge");
      planning.describe(id, new Worksite.Details(text(form, "title", 200, true),
          text(form, "description", 10_000, true),
          point(field(form, "latitude"), field(form, "longitude")),
          text(form, "address", 300, false), text(form, "referent", 300, false),
          text(form, "safetyNotes", 5_000, false),
          minimumAge.isEmpty() ? null : parse(() -> Integer.parseInt(minimumAge), "minimumAge"),
          text(form, "skills", 2_000, false)));
      return seeOther("/worksites/staff/worksites/" + id + "?done=1");
    });
  }

  /** Staff list a material or a tool, provided by the commune or to be brought by a volunteer. */
  @POST
  @Path("worksites/{id}/items")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addItem(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireStaff();
    return refusedOr(notice -> worksite(id, notice, 422), () -> {
      String name = text(form, "name", 200, true);
      int quantity = parse(() -> Integer.parseInt(field(form, "quantity")), "quantity");
      ItemSource source = parse(() -> ItemSource.valueOf(field(form, "source")), "source");
      planning.addItem(id, name, quantity, source);
      return seeOther("/worksites/staff/worksites/" + id + "?done=1#items");
    });
  }

  /** Staff add a photo taken before or after the work, with its text alternative. */
  @POST
  @Path("worksites/{id}/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("id") UUID id, List<EntityPart> parts) {
    requireStaff();
    MultipartForm form = new MultipartForm(parts);
    return refusedOr(notice -> worksite(id, notice, 422), () -> {
      PhotoKind kind = parse(() -> PhotoKind.valueOf(form.field("kind")), "kind");
      album.addToWorksite(id, kind, ReportFormPages.photo(form, form.field("caption"))
          .orElseThrow(() -> ProblemException.invalidField("urn:parvis:problem:invalid-request",
              "photo", "is required")));
      return seeOther("/worksites/staff/worksites/" + id + "?done=1#photos");
    });
  }

  /** Reports residents flagged as abusive, and the hidden ones (moderators too). */
  @GET
  @Path("moderation")
  public Response moderationPage(@QueryParam("done") String done) {
    requireModerator();
    return moderation(done != null ? texts().get("staff.done") : null, 200);
  }

  @POST
  @Path("reports/{id}/hiding")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response hide(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireModerator();
    return refusedOr(notice -> moderation(notice, 422), () -> {
      triage.hide(id, text(form, "reason", 2_000, true));
      return seeOther("/worksites/staff/moderation?done=1");
    });
  }

  @POST
  @Path("reports/{id}/restoration")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response restore(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    requireModerator();
    triage.restore(id);
    return seeOther("/worksites/staff/moderation?done=1");
  }

  private Response moderation(String notice, int status) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    String csrf = layout.formToken();
    html.append("<h2>").append(escape(t.get("staff.flagged"))).append("</h2>");
    List<WorksiteReport> flagged = reports.flagged();
    if (flagged.isEmpty()) {
      html.append("<p>").append(escape(t.get("staff.noFlagged"))).append("</p>");
    }
    for (WorksiteReport r : flagged) {
      String id = r.id().toString();
      html.append("<section class=\"report\" aria-labelledby=\"h-").append(id).append("\"><h3 id=\"h-")
          .append(id).append("\">").append(escape(r.title())).append("</h3><p>")
          .append(escape(t.get("staff.flags", r.abuseReports()))).append("</p>");
      r.description().lines().filter(l -> !l.isBlank())
          .forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
      form(html, "/worksites/staff/reports/" + id + "/hiding", csrf);
      html.append("<p><label for=\"hide-").append(id).append("\">").append(escape(t.get("staff.hideReason")))
          .append("</label><br><input id=\"hide-").append(id)
          .append("\" name=\"reason\" required maxlength=\"2000\"></p><button type=\"submit\" aria-describedby=\"h-")
          .append(id).append("\">").append(escape(t.get("staff.hide"))).append("</button></form></section>");
    }
    html.append("<h2>").append(escape(t.get("staff.hidden"))).append("</h2>");
    List<WorksiteReport> hidden = reports.all().stream().filter(WorksiteReport::isHidden).toList();
    if (hidden.isEmpty()) {
      html.append("<p>").append(escape(t.get("staff.noHidden"))).append("</p>");
    }
    html.append("<ul>");
    for (WorksiteReport r : hidden) {
      String id = r.id().toString();
      html.append("<li><span id=\"t-").append(id).append("\">").append(escape(r.title())).append("</span> — ")
          .append(escape(r.hiddenReason().orElse("")));
      form(html, "/worksites/staff/reports/" + id + "/restoration", csrf);
      html.append("<button type=\"submit\" aria-describedby=\"t-").append(id).append("\">")
          .append(escape(t.get("staff.restore"))).append("</button></form></li>");
    }
    html.append("</ul>");
    return page(t.get("staff.moderation"), html, status);
  }

  private Response triage(String notice, int status) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    List<WorksiteReport> open = reports.all().stream()
        .filter(r -> r.isOpen() && !r.isHidden()).toList();
    html.append("<p><a href=\"/worksites/staff/moderation\">").append(escape(t.get("staff.moderation")))
        .append("</a></p><h2>").append(escape(t.get("staff.reports"))).append("</h2>");
    if (open.isEmpty()) {
      html.append("<p>").append(escape(t.get("staff.noReport"))).append("</p>");
    }
    String csrf = layout.formToken();
    for (WorksiteReport r : open) {
      String id = r.id().toString();
      html.append("<section class=\"report\" id=\"report-").append(id).append("\" aria-labelledby=\"h-")
          .append(id).append("\"><h3 id=\"h-").append(id).append("\">").append(escape(r.title()))
          .append("</h3><p>").append(escape(t.get("page.supports", reports.supportCount(r.id()))))
          .append("</p>");
      r.description().lines().filter(l -> !l.isBlank())
          .forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
      form(html, "/worksites/staff/reports/" + id + "/acceptance", csrf);
      html.append("<button type=\"submit\" aria-describedby=\"h-").append(id).append("\">")
          .append(escape(t.get("staff.accept"))).append("</button></form>");
      form(html, "/worksites/staff/reports/" + id + "/decline", csrf);
      html.append("<p><label for=\"decline-").append(id).append("\">")
          .append(escape(t.get("staff.declineReason"))).append("</label><br><textarea id=\"decline-")
          .append(id).append("\" name=\"reason\" rows=\"2\" required maxlength=\"2000\"></textarea></p>")
          .append("<button type=\"submit\" aria-describedby=\"h-").append(id).append("\">")
          .append(escape(t.get("staff.decline"))).append("</button></form>");
      List<WorksiteReport> others = open.stream().filter(o -> !o.id().equals(r.id())).toList();
      if (!others.isEmpty()) {
        form(html, "/worksites/staff/reports/" + id + "/merge", csrf);
        html.append("<p><label for=\"target-").append(id).append("\">")
            .append(escape(t.get("staff.mergeInto"))).append("</label><br><select id=\"target-")
            .append(id).append("\" name=\"target\">");
        others.forEach(o -> html.append("<option value=\"").append(o.id()).append("\">")
            .append(escape(o.title())).append("</option>"));
        html.append("</select></p><p><label for=\"merge-").append(id).append("\">")
            .append(escape(t.get("staff.mergeReason"))).append("</label><br><input id=\"merge-")
            .append(id).append("\" name=\"reason\" required maxlength=\"2000\"></p>")
            .append("<button type=\"submit\" aria-describedby=\"h-").append(id).append("\">")
            .append(escape(t.get("staff.merge"))).append("</button></form>");
      }
      html.append("</section>");
    }
    html.append("<h2>").append(escape(t.get("staff.worksites"))).append("</h2><ul>");
    for (Worksite w : reading.all()) {
      html.append("<li><a href=\"/worksites/staff/worksites/").append(w.id()).append("\">")
          .append(escape(w.title())).append("</a> — ")
          .append(escape(t.get("worksite.status." + w.status().name()))).append("</li>");
    }
    html.append("</ul>");
    return page(t.get("staff.title"), html, status);
  }

  private Response worksite(UUID id, String notice, int status) {
    Texts t = texts();
    Worksite w = reading.require(id);
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    html.append("<p><a href=\"/worksites/").append(id).append("\">")
        .append(escape(t.get("staff.publicPage"))).append("</a> — <a href=\"/worksites/staff\">")
        .append(escape(t.get("staff.title"))).append("</a></p><p class=\"status\">")
        .append(escape(t.get("worksite.status." + w.status().name()))).append("</p>")
        .append("<h2>").append(escape(t.get("worksite.shifts"))).append("</h2><ul>");
    for (Shift s : reading.shiftsOf(id)) {
      html.append("<li><a href=\"/worksites/staff/shifts/").append(s.id()).append("\">")
          .append(escape(t.get("staff.checkInOf", when(t, s)))).append("</a> — ")
          .append(escape(t.get("worksite.places", s.freePlaces(), s.capacity()))).append("</li>");
    }
    html.append("</ul>");
    String csrf = layout.formToken();
    if (w.status() == WorksiteStatus.PLANNED) {
      details(html, t, w, csrf);
      items(html, t, w, csrf);
    }
    photos(html, t, w, csrf);
    if (w.status() == WorksiteStatus.PLANNED) {
      html.append("<h2 id=\"plan\">").append(escape(t.get("staff.planShift"))).append("</h2>");
      form(html, "/worksites/staff/worksites/" + id + "/shifts", csrf);
      html.append("<p><label for=\"day\">").append(escape(t.get("staff.day")))
          .append("</label><br><input type=\"date\" id=\"day\" name=\"day\" required></p>")
          .append("<p><label for=\"from\">").append(escape(t.get("staff.from")))
          .append("</label><br><input type=\"time\" id=\"from\" name=\"from\" required></p>")
          .append("<p><label for=\"to\">").append(escape(t.get("staff.to")))
          .append("</label><br><input type=\"time\" id=\"to\" name=\"to\" required></p>")
          .append("<p><label for=\"capacity\">").append(escape(t.get("staff.capacity")))
          .append("</label><br><input type=\"number\" id=\"capacity\" name=\"capacity\" min=\"1\""
              + " inputmode=\"numeric\" required></p><button type=\"submit\">")
          .append(escape(t.get("staff.addShift"))).append("</button></form>")
          .append("<h2>").append(escape(t.get("staff.completion"))).append("</h2>");
      form(html, "/worksites/staff/worksites/" + id + "/completion", csrf);
      html.append("<p><label for=\"note\">").append(escape(t.get("staff.completionNote")))
          .append("</label><br><textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"5000\">")
          .append("</textarea></p><button type=\"submit\">").append(escape(t.get("staff.complete")))
          .append("</button></form>");
    }
    return page(w.title(), html, status);
  }

  private static void details(StringBuilder html, Texts t, Worksite w, String csrf) {
    html.append("<h2 id=\"details\">").append(escape(t.get("staff.details"))).append("</h2>");
    form(html, "/worksites/staff/worksites/" + w.id() + "/details", csrf);
    input(html, t, "title", "staff.field.title", w.title(), 200, true);
    html.append("<p><label for=\"description\">").append(escape(t.get("staff.field.description")))
        .append("</label><br><textarea id=\"description\" name=\"description\" rows=\"5\" required")
        .append(" maxlength=\"10000\">").append(escape(w.description())).append("</textarea></p>");
    input(html, t, "address", "staff.field.address", w.address().orElse(""), 300, false);
    input(html, t, "latitude", "report.field.latitude",
        String.format(java.util.Locale.ROOT, "%.6f", w.location().latitude()), 20, true);
    input(html, t, "longitude", "report.field.longitude",
        String.format(java.util.Locale.ROOT, "%.6f", w.location().longitude()), 20, true);
    input(html, t, "referent", "staff.field.referent", w.referent().orElse(""), 300, false);
    html.append("<p><label for=\"safetyNotes\">").append(escape(t.get("staff.field.safetyNotes")))
        .append("</label><br><textarea id=\"safetyNotes\" name=\"safetyNotes\" rows=\"3\" maxlength=\"5000\">")
        .append(escape(w.safetyNotes().orElse(""))).append("</textarea></p><p><label for=\"minimumAge\">")
        .append(escape(t.get("staff.field.minimumAge"))).append("</label><br><input type=\"number\"")
        .append(" id=\"minimumAge\" name=\"minimumAge\" min=\"0\" max=\"120\" inputmode=\"numeric\" value=\"")
        .append(w.minimumAge().map(String::valueOf).orElse("")).append("\"></p>");
    input(html, t, "skills", "staff.field.skills", w.skills().orElse(""), 2_000, false);
    html.append("<button type=\"submit\">").append(escape(t.get("staff.saveDetails"))).append("</button></form>");
  }

  private static void items(StringBuilder html, Texts t, Worksite w, String csrf) {
    html.append("<h2 id=\"items\">").append(escape(t.get("worksite.items"))).append("</h2><ul>");
    for (WorksiteItem item : w.items()) {
      html.append("<li>").append(escape(item.name())).append(" × ").append(item.quantity()).append(" — ")
          .append(escape(t.get("worksite.item." + item.source().name())));
      item.pledgedBy().ifPresent(p -> html.append(" (").append(escape(t.get("worksite.item.pledged"))).append(")"));
      html.append("</li>");
    }
    html.append("</ul>");
    form(html, "/worksites/staff/worksites/" + w.id() + "/items", csrf);
    input(html, t, "name", "staff.field.itemName", "", 200, true);
    html.append("<p><label for=\"quantity\">").append(escape(t.get("staff.field.quantity")))
        .append("</label><br><input type=\"number\" id=\"quantity\" name=\"quantity\" min=\"1\" max=\"10000\"")
        .append(" value=\"1\" inputmode=\"numeric\" required></p><fieldset><legend>")
        .append(escape(t.get("staff.field.source"))).append("</legend>");
    for (ItemSource source : ItemSource.values()) {
      html.append("<input type=\"radio\" id=\"source-").append(source).append("\" name=\"source\" value=\"")
          .append(source).append("\"").append(source.ordinal() == 0 ? " checked" : "").append("> <label for=\"source-")
          .append(source).append("\">").append(escape(t.get("worksite.item." + source.name())))
          .append("</label><br>");
    }
    html.append("</fieldset><button type=\"submit\">").append(escape(t.get("staff.addItem")))
        .append("</button></form>");
  }

  private void photos(StringBuilder html, Texts t, Worksite w, String csrf) {
    html.append("<h2 id=\"photos\">").append(escape(t.get("worksite.photos"))).append("</h2>");
    for (Photo photo : album.ofWorksite(w.id())) {
      String url = album.url(photo);
      if (url != null) {
        html.append("<figure><img src=\"").append(escape(url)).append("\" alt=\"").append(escape(photo.caption()))
            .append("\" loading=\"lazy\" style=\"max-width:100%\"><figcaption>")
            .append(escape(t.get("worksite.photo." + photo.kind().name()))).append(" — ")
            .append(escape(photo.caption())).append("</figcaption></figure>");
      }
    }
    html.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/worksites/staff/worksites/")
        .append(w.id()).append("/photos\"><input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf))
        .append("\"><fieldset><legend>").append(escape(t.get("staff.field.photoKind"))).append("</legend>");
    for (PhotoKind kind : List.of(PhotoKind.BEFORE, PhotoKind.AFTER)) {
      html.append("<input type=\"radio\" id=\"kind-").append(kind).append("\" name=\"kind\" value=\"")
          .append(kind).append("\"").append(kind == PhotoKind.BEFORE ? " checked" : "").append("> <label for=\"kind-")
          .append(kind).append("\">").append(escape(t.get("worksite.photo." + kind.name()))).append("</label><br>");
    }
    html.append("</fieldset><p><label for=\"photo\">").append(escape(t.get("report.field.photo")))
        .append("</label><br><input type=\"file\" id=\"photo\" name=\"photo\" accept=\"image/jpeg,image/png,image/webp\"")
        .append(" required></p>");
    input(html, t, "caption", "report.field.caption", "", 300, true);
    html.append("<button type=\"submit\">").append(escape(t.get("staff.addPhoto"))).append("</button></form>");
  }

  private static void input(StringBuilder html, Texts t, String name, String label, String value,
      int maxLength, boolean required) {
    html.append("<p><label for=\"").append(name).append("\">").append(escape(t.get(label)))
        .append("</label><br><input id=\"").append(name).append("\" name=\"").append(name)
        .append("\" maxlength=\"").append(maxLength).append("\"").append(required ? " required" : "")
        .append(" value=\"").append(escape(value)).append("\"></p>");
  }

  private Response checkIn(UUID shiftId, String notice, int status) {
    Texts t = texts();
    Shift s = booking.shift(shiftId);
    Worksite w = reading.require(s.worksiteId());
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    html.append("<p><a href=\"/worksites/staff/worksites/").append(w.id()).append("\">")
        .append(escape(w.title())).append("</a> — ").append(escape(when(t, s))).append("</p>");
    List<ShiftRegistration> confirmed = s.registrations().stream()
        .filter(ShiftRegistration::isConfirmed).toList();
    if (confirmed.isEmpty()) {
      html.append("<p>").append(escape(t.get("staff.nobody"))).append("</p>");
    }
    String csrf = layout.formToken();
    html.append("<ul class=\"check-in\">");
    for (ShiftRegistration r : confirmed) {
      String who = r.email().orElse(t.get("staff.anonymous"));
      html.append("<li id=\"r-").append(r.id()).append("\"><span id=\"who-").append(r.id()).append("\">")
          .append(escape(who)).append("</span> — ").append(escape(t.get("staff.places", r.places())));
      r.attendees().ifPresent(a -> html.append(" — <strong>")
          .append(escape(t.get("staff.came", a))).append("</strong>"));
      form(html, "/worksites/staff/shifts/" + shiftId + "/registrations/" + r.id() + "/attendance", csrf);
      html.append("<label for=\"attendees-").append(r.id()).append("\">")
          .append(escape(t.get("staff.attendees"))).append("</label> <input type=\"number\" id=\"attendees-")
          .append(r.id()).append("\" name=\"attendees\" min=\"0\" max=\"").append(r.places())
          .append("\" value=\"").append(r.attendees().orElse(r.places()))
          .append("\" inputmode=\"numeric\" required aria-describedby=\"who-").append(r.id())
          .append("\"> <button type=\"submit\" aria-describedby=\"who-").append(r.id()).append("\">")
          .append(escape(t.get("staff.record"))).append("</button></form></li>");
    }
    html.append("</ul>");
    return page(t.get("staff.checkIn"), html, status);
  }

  /**
   * Runs a form's action; a refusal of the application (4xx other than 404) shows the page again
   * with the refusal and status 422.
   */
  private Response refusedOr(Function<String, Response> pageWithAlert, Supplier<Response> action) {
    try {
      return action.get();
    } catch (ProblemException e) {
      if (e.status() == 404 || e.status() == 403 || e.status() >= 500) {
        throw e;
      }
      return pageWithAlert.apply(Refusals.describe(texts(), e));
    }
  }

  private void requireModerator() {
    if (!caller.tenantRoles().contains(TenantRole.MODERATOR)) {
      requireStaff();
    }
  }

  private void requireStaff() {
    var roles = caller.tenantRoles();
    if (!roles.contains(TenantRole.STAFF) && !roles.contains(TenantRole.ADMIN)) {
      throw ProblemException.forbidden("The worksites' staff pages are for the commune's staff");
    }
  }

  private Response page(String title, StringBuilder html, int status) {
    return layout.page(status, title, html.toString());
  }

  private static void form(StringBuilder html, String action, String csrf) {
    html.append("<form method=\"post\" action=\"").append(action)
        .append("\"><input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">");
  }

  private static void notice(StringBuilder html, String notice, int status) {
    if (notice != null) {
      html.append("<p role=\"").append(status >= 400 ? "alert" : "status").append("\">")
          .append(escape(notice)).append("</p>");
    }
  }

  private String when(Texts t, Shift s) {
    ZoneId zone = mail.zone();
    return t.get("worksite.shift", LocalTimes.dayWithWeekday(s.startsAt(), zone, t.locale()),
        LocalTimes.time(s.startsAt(), zone, t.locale()), LocalTimes.time(s.endsAt(), zone, t.locale()));
  }

  private static <T> T parse(Supplier<T> parser, String field) {
    try {
      return parser.get();
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", field,
          "is not a valid value");
    }
  }

  /** A text field: stripped, {@code null} when empty and optional, refused when too long. */
  private static String text(MultivaluedMap<String, String> form, String name, int maxLength,
      boolean required) {
    String value = field(form, name);
    if (value.length() > maxLength || (required && value.isEmpty())) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", name, "is not valid");
    }
    return value.isEmpty() ? null : value;
  }

  private static GeoPoint point(String latitude, String longitude) {
    double lat = parse(() -> Double.parseDouble(latitude.replace(',', '.')), "latitude");
    double lon = parse(() -> Double.parseDouble(longitude.replace(',', '.')), "longitude");
    try {
      return GeoPoint.of(lat, lon);
    } catch (WorksiteRuleException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "latitude", "is not valid");
    }
  }

  private static UUID uuid(String text, String field) {
    return parse(() -> UUID.fromString(text), field);
  }

  private static String field(MultivaluedMap<String, String> form, String name) {
    return Optional.ofNullable(form.getFirst(name)).orElse("").strip();
  }

  private static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }

  private Texts texts() {
    return Texts.of("messages.worksites", layout.language());
  }
}
