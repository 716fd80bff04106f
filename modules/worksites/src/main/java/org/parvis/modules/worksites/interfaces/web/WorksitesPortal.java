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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.Person;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.PhotoUpload;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.ReportNote;
import org.parvis.modules.worksites.domain.ReportStatus;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteItem;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The worksites pages: the list of upcoming and completed worksites (with their coordinates and
 * addresses: no map tiles are needed), a worksite with its shifts and a registration form per
 * shift, "my registrations" with a cancel button each, the report form (with a photo, located in
 * words or by typed coordinates: no map needed) and a report's page (support, add information or a
 * photo, flag abuse). Every form is a plain POST with labelled fields, so nothing needs JavaScript
 * or a mouse; a refused form comes back with its message and what was typed.
 */
@Path("/worksites")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.TEXT_HTML)
public class WorksitesPortal {

  @Inject PortalLayout layout;
  @Inject WorksiteReading reading;
  @Inject ReportBox reports;
  @Inject ShiftBooking booking;
  @Inject WorksiteMail mail;
  @Inject ModuleSettings settings;
  @Inject Caller caller;
  @Inject PhotoAlbum album;
  @Inject WorksitePlanning planning;

  @GET
  public Response index(@QueryParam("reported") String reported) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    if (reported != null) {
      html.append("<p role=\"status\">").append(escape(t.get("report.sent"))).append("</p>");
    }
    html.append("<p>").append(escape(t.get("page.intro"))).append("</p><ul class=\"actions\">")
        .append("<li><a href=\"/worksites/report\">").append(escape(t.get("page.report"))).append("</a></li>")
        .append("<li><a href=\"/worksites/mine\">").append(escape(t.get("page.mine"))).append("</a></li>")
        .append("<li><a href=\"/api/worksites/map\" type=\"application/geo+json\">")
        .append(escape(t.get("page.mapData"))).append("</a></li></ul>");
    List<Worksite> all = reading.all();
    List<WorksiteReport> open = reports.all();
    html.append(WorksitesMap.svg(mapPoints(all, open), t));
    section(html, t, t.get("page.upcoming"), all.stream().filter(w -> w.status() == WorksiteStatus.PLANNED).toList());
    section(html, t, t.get("page.past"), all.stream().filter(w -> w.status() == WorksiteStatus.COMPLETED).toList());
    if (!open.isEmpty()) {
      html.append("<section aria-labelledby=\"reports\"><h2 id=\"reports\">")
          .append(escape(t.get("page.reports"))).append("</h2><ul class=\"reports\">");
      for (WorksiteReport r : open) {
        html.append("<li>");
        if (r.isHidden()) {
          html.append(escape(t.get("page.hidden", r.hiddenReason().orElse(""))));
        } else {
          html.append("<a href=\"/worksites/reports/").append(r.id()).append("\">")
              .append(escape(r.title())).append("</a> — ")
              .append(escape(t.get("page.status." + r.status().name()))).append(" — ")
              .append(escape(t.get("page.supports", reports.supportCount(r.id()))))
              .append("<br>").append(where(t, r));
          r.publicReason().ifPresent(reason -> html.append("<br>").append(escape(reason)));
        }
        html.append("</li>");
      }
      html.append("</ul></section>");
    }
    return layout.page(t.get("page.title"), html.toString());
  }

  @GET
  @Path("{id}")
  public Response worksite(@PathParam("id") UUID id, @QueryParam("registered") String registered,
      @QueryParam("pledged") String pledged) {
    String notice = registered != null ? texts().get("mine.registered")
        : pledged != null ? texts().get("worksite.item.pledgedByYou") : null;
    return worksitePage(id, notice, 200);
  }

  @POST
  @Path("{id}/shifts/{shift}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(@PathParam("id") UUID id, @PathParam("shift") UUID shiftId,
      MultivaluedMap<String, String> form) {
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return worksitePage(id, texts().get("worksite.verify"), 403);
    }
    try {
      int companions = wholeNumber(form.getFirst("companions"), "companions");
      if (!booking.shift(shiftId).worksiteId().equals(id)) {
        throw ProblemException.notFound("No shift " + shiftId + " in worksite " + id);
      }
      booking.register(shiftId, companions, "yes".equals(form.getFirst("minimumAgeMet")),
          person.get());
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw e;
      }
      return worksitePage(id, e.type().endsWith("-minimum-age") ? texts().get("worksite.ageRefused")
          : Refusals.describe(texts(), e), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/worksites/" + id + "?registered=1#shift-" + shiftId)).build();
  }

  /** A volunteer promises to bring an item the commune does not provide. */
  @POST
  @Path("{id}/items/{item}/pledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response pledge(@PathParam("id") UUID id, @PathParam("item") UUID itemId,
      MultivaluedMap<String, String> form) {
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return worksitePage(id, texts().get("worksite.verify"), 403);
    }
    try {
      planning.pledge(id, itemId, person.get());
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw e;
      }
      return worksitePage(id, Refusals.describe(texts(), e), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/worksites/" + id + "?pledged=1")).build();
  }

  @GET
  @Path("mine")
  public Response mine(@QueryParam("cancelled") String cancelled) {
    return minePage(cancelled != null ? texts().get("mine.cancelled") : null, 200);
  }

  @POST
  @Path("mine/{shift}/cancellation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response cancel(@PathParam("shift") UUID shiftId, MultivaluedMap<String, String> form) {
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return minePage(texts().get("worksite.verify"), 403);
    }
    try {
      booking.cancel(shiftId, person.get());
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw e;
      }
      return minePage(Refusals.describe(texts(), e), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/worksites/mine?cancelled=1")).build();
  }

  @GET
  @Path("report")
  public Response reportForm() {
    return reportPage(null, ReportDraft.EMPTY, 200);
  }

  /**
   * A resident reports a need: title, description, where in words, a point if they know it, and
   * optionally a photo with its text alternative. Posted as multipart because of the photo.
   */
  @POST
  @Path("report")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response report(List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    ReportDraft draft = new ReportDraft(form.field("title"), form.field("description"),
        form.field("place"), form.field("latitude"), form.field("longitude"),
        form.field("photoCaption"));
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return reportPage(texts().get("worksite.verify"), draft, 403);
    }
    try {
      requireText(draft.title(), 200, "title");
      requireText(draft.description(), 10_000, "description");
      if (draft.place().length() > 300) {
        throw invalid("place");
      }
      WorksiteReport report = reports.report(draft.title(), draft.description(), draft.place(),
          coordinate(draft.latitude(), "latitude"), coordinate(draft.longitude(), "longitude"),
          photo(form, draft.photoCaption()).orElse(null), person.get());
      return Response.seeOther(URI.create("/worksites/reports/" + report.id() + "?reported=1")).build();
    } catch (ProblemException e) {
      return reportPage(Refusals.describe(texts(), e), draft, layout.refusalStatus(e));
    }
  }

  @GET
  @Path("reports/{id}")
  public Response reportDetail(@PathParam("id") UUID id, @QueryParam("reported") String reported,
      @QueryParam("done") String done) {
    String notice = reported != null ? texts().get("report.sent")
        : done != null ? texts().get("report.thanks") : null;
    return reportDetailPage(id, notice, 200);
  }

  @POST
  @Path("reports/{id}/supports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response support(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return onReport(id, person -> reports.support(id, person));
  }

  @POST
  @Path("reports/{id}/notes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addNote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    String text = field(form, "text");
    return onReport(id, person -> {
      requireText(text, 5_000, "text");
      return reports.addNote(id, text, person);
    });
  }

  @POST
  @Path("reports/{id}/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("id") UUID id, List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    return onReport(id, person -> album.addToReport(id,
        photo(form, form.field("caption")).orElseThrow(() -> invalid("photo")), person));
  }

  @POST
  @Path("reports/{id}/abuse-reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reportAbuse(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return onReport(id, person -> {
      reports.reportAbuse(id, person);
      return null;
    });
  }

  /** Runs a resident's action on a report; a refusal shows the report's page again with it. */
  private Response onReport(UUID id, java.util.function.Function<Person, Object> action) {
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return reportDetailPage(id, texts().get("worksite.verify"), 403);
    }
    try {
      action.apply(person.get());
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw e;
      }
      return reportDetailPage(id, Refusals.describe(texts(), e), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/worksites/reports/" + id + "?done=1")).build();
  }

  private Response reportDetailPage(UUID id, String notice, int status) {
    Texts t = texts();
    WorksiteReport r = reports.require(id);
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    if (r.isHidden()) {
      html.append("<p>").append(escape(t.get("page.hidden", r.hiddenReason().orElse("")))).append("</p>");
      return layout.page(status, t.get("report.hiddenTitle"), html.toString());
    }
    html.append("<p class=\"status\">").append(escape(t.get("page.status." + r.status().name())))
        .append(" — ").append(escape(t.get("page.supports", reports.supportCount(id)))).append("</p>");
    r.publicReason().ifPresent(reason -> html.append("<p>").append(escape(reason)).append("</p>"));
    r.worksiteId().ifPresent(w -> html.append("<p><a href=\"/worksites/").append(w).append("\">")
        .append(escape(t.get("report.worksite"))).append("</a></p>"));
    r.description().lines().filter(l -> !l.isBlank())
        .forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
    html.append("<p>").append(where(t, r)).append("</p>");
    for (Photo photo : album.ofReport(id)) {
      String url = album.url(photo);
      if (url != null) {
        html.append("<figure><img src=\"").append(escape(url)).append("\" alt=\"")
            .append(escape(photo.caption())).append("\" loading=\"lazy\" style=\"max-width:100%\">")
            .append("<figcaption>").append(escape(photo.caption())).append("</figcaption></figure>");
      }
    }
    List<ReportNote> notes = reports.notes(id);
    if (!notes.isEmpty()) {
      html.append("<h2>").append(escape(t.get("report.notes"))).append("</h2><ul>");
      notes.forEach(n -> html.append("<li>").append(escape(n.text())).append("</li>"));
      html.append("</ul>");
    }
    Optional<UUID> me = caller.verifiedResidentId();
    if (me.isEmpty()) {
      html.append("<p>").append(escape(t.get("report.verify"))).append("</p>");
    } else if (r.isOpen()) {
      String csrf = layout.formToken();
      if (!r.reporterId().equals(me.get()) && !reports.hasSupported(id, me.get())) {
        postForm(html, "/worksites/reports/" + id + "/supports", csrf);
        html.append("<button type=\"submit\" class=\"large\">").append(escape(t.get("report.support")))
            .append("</button></form>");
      } else if (!r.reporterId().equals(me.get())) {
        html.append("<p>").append(escape(t.get("report.supported"))).append("</p>");
      }
      html.append("<h2>").append(escape(t.get("report.addNote"))).append("</h2>");
      postForm(html, "/worksites/reports/" + id + "/notes", csrf);
      html.append("<p><label for=\"text\">").append(escape(t.get("report.field.note")))
          .append("</label><br><textarea id=\"text\" name=\"text\" rows=\"4\" required maxlength=\"5000\"")
          .append(" style=\"width:100%\"></textarea></p><button type=\"submit\">")
          .append(escape(t.get("report.addNoteSubmit"))).append("</button></form>")
          .append("<h2>").append(escape(t.get("report.addPhoto"))).append("</h2>")
          .append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/worksites/reports/")
          .append(id).append("/photos\"><input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf))
          .append("\">");
      photoFields(html, t, "caption", true);
      html.append("<button type=\"submit\">").append(escape(t.get("report.addPhotoSubmit")))
          .append("</button></form>");
      postForm(html, "/worksites/reports/" + id + "/abuse-reports", csrf);
      html.append("<p><button type=\"submit\">").append(escape(t.get("report.flag")))
          .append("</button></p></form>");
    }
    return layout.page(status, r.title(), html.toString());
  }

  private Response worksitePage(UUID id, String notice, int status) {
    Texts t = texts();
    Worksite w = reading.require(id);
    List<Shift> shifts = reading.shiftsOf(id);
    Optional<UUID> me = caller.verifiedResidentId();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    html.append("<p class=\"status\">").append(escape(t.get("worksite.status." + w.status().name()))).append("</p>");
    w.description().lines().filter(l -> !l.isBlank())
        .forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
    html.append("<dl><dt>").append(escape(t.get("worksite.place"))).append("</dt><dd>");
    w.address().ifPresent(a -> html.append(escape(a)).append("<br>"));
    html.append(coordinates(t, w.location().latitude(), w.location().longitude())).append("</dd>");
    w.referent().ifPresent(r -> html.append("<dt>").append(escape(t.get("worksite.referent")))
        .append("</dt><dd>").append(escape(r)).append("</dd>"));
    w.skills().ifPresent(s -> html.append("<dt>").append(escape(t.get("worksite.skills")))
        .append("</dt><dd>").append(escape(s)).append("</dd>"));
    w.safetyNotes().ifPresent(s -> html.append("<dt>").append(escape(t.get("worksite.safety")))
        .append("</dt><dd>").append(escape(s)).append("</dd>"));
    html.append("</dl>");
    w.minimumAge().ifPresent(a -> html.append("<p>").append(escape(t.get("worksite.minimumAge", a))).append("</p>"));
    if (!w.items().isEmpty()) {
      html.append("<h2>").append(escape(t.get("worksite.items"))).append("</h2><ul>");
      for (WorksiteItem item : w.items()) {
        html.append("<li><span id=\"item-").append(item.id()).append("\">").append(escape(item.name()))
            .append("</span> × ").append(item.quantity())
            .append(" — ").append(escape(t.get("worksite.item." + item.source().name())));
        item.pledgedBy().ifPresent(p -> html.append(" (").append(escape(t.get("worksite.item.pledged"))).append(")"));
        if (item.source() == ItemSource.VOLUNTEER && item.pledgedBy().isEmpty() && me.isPresent()
            && w.status() == WorksiteStatus.PLANNED) {
          html.append("<form method=\"post\" action=\"/worksites/").append(id).append("/items/")
              .append(item.id()).append("/pledge\"><input type=\"hidden\" name=\"csrf\" value=\"")
              .append(escape(layout.formToken())).append("\"><button type=\"submit\" aria-describedby=\"item-")
              .append(item.id()).append("\">").append(escape(t.get("worksite.item.pledge")))
              .append("</button></form>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    List<Photo> photos = album.ofWorksite(id);
    if (!photos.isEmpty()) {
      html.append("<h2>").append(escape(t.get("worksite.photos"))).append("</h2>");
      for (Photo photo : photos) {
        String url = album.url(photo);
        if (url != null) {
          html.append("<figure><img src=\"").append(escape(url)).append("\" alt=\"")
              .append(escape(photo.caption())).append("\" loading=\"lazy\" style=\"max-width:100%\">")
              .append("<figcaption>").append(escape(t.get("worksite.photo." + photo.kind().name())))
              .append(" — ").append(escape(photo.caption())).append("</figcaption></figure>");
        }
      }
    }
    if (w.status() == WorksiteStatus.COMPLETED) {
      html.append("<p><strong>").append(escape(t.get("worksite.completed", hours(reading.volunteerTime(id)))))
          .append("</strong></p>");
      w.completionNote().ifPresent(n -> html.append("<p>").append(escape(n)).append("</p>"));
    }
    html.append("<h2>").append(escape(t.get("worksite.shifts"))).append("</h2>");
    if (shifts.isEmpty()) {
      html.append("<p>").append(escape(t.get("worksite.noShift"))).append("</p>");
    }
    String csrf = layout.formToken();
    int maxCompanions = (int) settings.getLong(WorksitesModule.ID, WorksitesModule.MAX_COMPANIONS);
    for (Shift s : shifts) {
      html.append("<section class=\"shift\" id=\"shift-").append(s.id()).append("\" aria-labelledby=\"h-")
          .append(s.id()).append("\"><h3 id=\"h-").append(s.id()).append("\">").append(escape(when(t, s)))
          .append("</h3><p data-free=\"").append(s.freePlaces()).append("\">")
          .append(escape(s.freePlaces() > 0 && s.waiting().isEmpty()
              ? t.get("worksite.places", s.freePlaces(), s.capacity())
              : t.get("worksite.full", s.waiting().size())))
          .append("</p>");
      Optional<ShiftRegistration> mine = me.flatMap(s::registrationOf);
      if (mine.isPresent()) {
        html.append("<p>").append(escape(mine.get().isConfirmed()
            ? t.get("worksite.registered", mine.get().places())
            : t.get("worksite.waiting", s.waitingRank(mine.get()).orElse(0)))).append(" <a href=\"/worksites/mine\">")
            .append(escape(t.get("page.mine"))).append("</a></p>");
      } else if (w.status() == WorksiteStatus.PLANNED && s.startsAt().isAfter(Instant.now())) {
        if (me.isEmpty()) {
          html.append("<p>").append(escape(t.get("worksite.verify"))).append("</p>");
        } else {
          String field = "companions-" + s.id();
          html.append("<form method=\"post\" action=\"/worksites/").append(id).append("/shifts/")
              .append(s.id()).append("\"><input type=\"hidden\" name=\"csrf\" value=\"")
              .append(escape(csrf)).append("\"><label for=\"").append(field).append("\">")
              .append(escape(t.get("worksite.companions"))).append("</label> <input type=\"number\" id=\"")
              .append(field).append("\" name=\"companions\" value=\"0\" min=\"0\" max=\"")
              .append(maxCompanions).append("\" inputmode=\"numeric\"> ");
          w.minimumAge().filter(a -> a > 0).ifPresent(a -> html.append("<br><input type=\"checkbox\" id=\"age-")
              .append(s.id()).append("\" name=\"minimumAgeMet\" value=\"yes\" required> <label for=\"age-")
              .append(s.id()).append("\">").append(escape(t.get("worksite.ageDeclaration", a)))
              .append("</label><br>"));
          html.append("<button type=\"submit\">")
              .append(escape(s.freePlaces() > 0 && s.waiting().isEmpty()
                  ? t.get("worksite.register") : t.get("worksite.registerFull")))
              .append("</button></form>");
        }
      }
      html.append("</section>");
    }
    return layout.page(status, w.title(), html.toString());
  }

  private Response minePage(String notice, int status) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    Optional<UUID> me = caller.verifiedResidentId();
    if (me.isEmpty()) {
      html.append("<p>").append(escape(t.get("worksite.verify"))).append("</p>");
    } else {
      List<Shift> shifts = booking.shiftsOf(me.get());
      if (shifts.isEmpty()) {
        html.append("<p>").append(escape(t.get("mine.none"))).append("</p>");
      }
      String csrf = layout.formToken();
      html.append("<ul class=\"registrations\">");
      for (Shift s : shifts) {
        Worksite w = reading.require(s.worksiteId());
        ShiftRegistration r = s.registrationOf(me.get()).orElseThrow();
        html.append("<li><a href=\"/worksites/").append(w.id()).append("\">").append(escape(w.title()))
            .append("</a> — ").append(escape(when(t, s))).append("<br>")
            .append(escape(r.isConfirmed() ? t.get("worksite.registered", r.places())
                : t.get("worksite.waiting", s.waitingRank(r).orElse(0))));
        if (s.startsAt().isAfter(Instant.now())) {
          html.append("<form method=\"post\" action=\"/worksites/mine/").append(s.id())
              .append("/cancellation\"><input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf))
              .append("\"><button type=\"submit\" aria-describedby=\"h-mine-").append(s.id()).append("\">")
              .append(escape(t.get("mine.cancel"))).append("</button><span id=\"h-mine-").append(s.id())
              .append("\" hidden>").append(escape(w.title() + " — " + when(t, s))).append("</span></form>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    return layout.page(status, t.get("mine.title"), html.toString());
  }

  /** What the resident typed, shown again when the form is refused. */
  private record ReportDraft(String title, String description, String place, String latitude,
      String longitude, String photoCaption) {
    static final ReportDraft EMPTY = new ReportDraft("", "", "", "", "", "");
  }

  /**
   * The report form: no map is needed. The place in words is enough when staff configured the
   * commune's centre; coordinates, typed or filled by the phone's position (a button added by a
   * small script when the browser can locate), make the point exact.
   */
  private Response reportPage(String notice, ReportDraft draft, int status) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    if (caller.verifiedResidentId().isEmpty()) {
      html.append("<p>").append(escape(t.get("worksite.verify"))).append("</p>");
      return layout.page(status, t.get("report.title"), html.toString());
    }
    boolean pointOptional = reports.centre().isPresent();
    html.append(PHONE_FRIENDLY).append("<p id=\"report-help\">").append(escape(t.get("report.help"))).append("</p>")
        .append("<form method=\"post\" action=\"/worksites/report\" enctype=\"multipart/form-data\"")
        .append(" aria-describedby=\"report-help\" class=\"report-form\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(layout.formToken())).append("\">")
        .append("<p><label for=\"title\">").append(escape(t.get("report.field.title")))
        .append("</label><br><input id=\"title\" name=\"title\" required maxlength=\"200\" value=\"")
        .append(escape(draft.title())).append("\"></p>")
        .append("<p><label for=\"description\">").append(escape(t.get("report.field.description")))
        .append("</label><br><textarea id=\"description\" name=\"description\" required rows=\"6\" maxlength=\"10000\">")
        .append(escape(draft.description())).append("</textarea></p>")
        .append("<fieldset><legend>").append(escape(t.get("report.where"))).append("</legend>")
        .append("<p><label for=\"place\">").append(escape(t.get("report.field.place")))
        .append("</label><br><input id=\"place\" name=\"place\" maxlength=\"300\" autocomplete=\"street-address\"")
        .append(pointOptional ? " required" : "").append(" aria-describedby=\"place-help\" value=\"")
        .append(escape(draft.place())).append("\"><br><small id=\"place-help\">")
        .append(escape(t.get(pointOptional ? "report.placeHelp" : "report.placeHelpNoCentre")))
        .append("</small></p>")
        .append("<p id=\"locate\" data-label=\"").append(escape(t.get("report.locate"))).append("\"></p>")
        .append("<p><label for=\"latitude\">").append(escape(t.get("report.field.latitude")))
        .append("</label><br><input id=\"latitude\" name=\"latitude\" inputmode=\"decimal\"")
        .append(pointOptional ? "" : " required").append(" value=\"").append(escape(draft.latitude()))
        .append("\"></p><p><label for=\"longitude\">").append(escape(t.get("report.field.longitude")))
        .append("</label><br><input id=\"longitude\" name=\"longitude\" inputmode=\"decimal\"")
        .append(pointOptional ? "" : " required").append(" value=\"").append(escape(draft.longitude()))
        .append("\"></p></fieldset>")
        .append("<fieldset><legend>").append(escape(t.get("report.photoLegend"))).append("</legend>");
    photoFields(html, t, "photoCaption", false);
    html.append("</fieldset>")
        .append("<p><button type=\"submit\" class=\"large\">").append(escape(t.get("report.submit")))
        .append("</button></p></form>")
        .append(LOCATE_SCRIPT);
    return layout.page(status, t.get("report.title"), html.toString());
  }

  /** Full-width fields and finger-sized targets on a phone. */
  private static final String PHONE_FRIENDLY = "<style>.report-form input:not([type=radio]):not([type=checkbox]),"
      + ".report-form textarea{width:100%;max-width:40rem;box-sizing:border-box;font:inherit;min-height:2.75rem}"
      + ".report-form button{min-height:2.75rem}.report-form fieldset{margin:1rem 0}</style>";

  /**
   * Offers "use my position" only where the browser can locate: without script the button does not
   * exist and the typed fields remain. A file, not an inline script: the content security policy
   * allows scripts from the site only.
   */
  private static final String LOCATE_SCRIPT = "<script src=\"/assets/worksites-locate.js\"></script>";

  /** A file field for a photo and its caption (text alternative), labelled. */
  private static void photoFields(StringBuilder html, Texts t, String captionName, boolean required) {
    html.append("<p><label for=\"photo\">").append(escape(t.get("report.field.photo")))
        .append("</label><br><input type=\"file\" id=\"photo\" name=\"photo\"")
        .append(" accept=\"image/jpeg,image/png,image/webp\" capture=\"environment\"")
        .append(required ? " required" : "").append("></p><p><label for=\"").append(captionName).append("\">")
        .append(escape(t.get("report.field.caption"))).append("</label><br><input id=\"")
        .append(captionName).append("\" name=\"").append(captionName).append("\" maxlength=\"300\"")
        .append(required ? " required" : "").append("></p>");
  }

  private static void postForm(StringBuilder html, String action, String csrf) {
    html.append("<form method=\"post\" action=\"").append(action)
        .append("\"><input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">");
  }

  /** The image sent in the form's {@code photo} input with its caption (text alternative), if any. */
  static Optional<PhotoUpload> photo(MultipartForm form, String caption) {
    return form.file("photo", "photo").map(u -> new PhotoUpload(u.filename(), u.content(), caption));
  }

  /** Planned and completed worksites, and the reports still open whose point is known (not approximate). */
  private static List<WorksitesMap.Point> mapPoints(List<Worksite> worksites, List<WorksiteReport> open) {
    List<WorksitesMap.Point> points = new ArrayList<>();
    for (Worksite w : worksites) {
      if (w.status() == WorksiteStatus.PLANNED || w.status() == WorksiteStatus.COMPLETED) {
        points.add(new WorksitesMap.Point(w.title(), "/worksites/" + w.id(), w.location().latitude(),
            w.location().longitude(), w.status() == WorksiteStatus.PLANNED ? WorksitesMap.Kind.UPCOMING
                : WorksitesMap.Kind.PAST));
      }
    }
    for (WorksiteReport r : open) {
      if (!r.isHidden() && !r.isApproximate() && r.status() == ReportStatus.OPEN) {
        points.add(new WorksitesMap.Point(r.title(), "/worksites/reports/" + r.id(), r.location().latitude(),
            r.location().longitude(), WorksitesMap.Kind.REPORT));
      }
    }
    return points;
  }

  /** Where a report is: its place in words and its point, or that the point is approximate. */
  private static String where(Texts t, WorksiteReport r) {
    StringBuilder html = new StringBuilder();
    r.place().ifPresent(p -> html.append(escape(p)).append("<br>"));
    html.append(r.isApproximate() ? escape(t.get("report.approximate"))
        : coordinates(t, r.location().latitude(), r.location().longitude()));
    return html.toString();
  }

  private void section(StringBuilder html, Texts t, String title, List<Worksite> worksites) {
    String anchor = "s" + Math.abs(title.hashCode());
    html.append("<section aria-labelledby=\"").append(anchor).append("\"><h2 id=\"").append(anchor)
        .append("\">").append(escape(title)).append("</h2>");
    if (worksites.isEmpty()) {
      html.append("<p>").append(escape(t.get("page.none"))).append("</p>");
    } else {
      html.append("<ul class=\"worksites\">");
      for (Worksite w : worksites) {
        html.append("<li data-latitude=\"").append(w.location().latitude()).append("\" data-longitude=\"")
            .append(w.location().longitude()).append("\"><a href=\"/worksites/").append(w.id()).append("\">")
            .append(escape(w.title())).append("</a><br>");
        w.address().ifPresent(a -> html.append(escape(a)).append("<br>"));
        html.append(coordinates(t, w.location().latitude(), w.location().longitude()));
        List<Shift> shifts = reading.shiftsOf(w.id());
        if (!shifts.isEmpty()) {
          html.append("<br>").append(escape(when(t, shifts.get(0))));
        }
        if (w.status() == WorksiteStatus.COMPLETED) {
          html.append("<br>").append(escape(t.get("page.hours", hours(reading.volunteerTime(w.id())))));
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    html.append("</section>");
  }

  private static void notice(StringBuilder html, String notice, int status) {
    if (notice != null) {
      html.append("<p role=\"").append(status >= 400 ? "alert" : "status").append("\">")
          .append(escape(notice)).append("</p>");
    }
  }

  private static String coordinates(Texts t, double latitude, double longitude) {
    return escape(t.get("page.coordinates", String.format(Locale.ROOT, "%.5f", latitude),
        String.format(Locale.ROOT, "%.5f", longitude)));
  }

  private String when(Texts t, Shift s) {
    ZoneId zone = mail.zone();
    return t.get("worksite.shift", LocalTimes.dayWithWeekday(s.startsAt(), zone, t.locale()),
        LocalTimes.time(s.startsAt(), zone, t.locale()), LocalTimes.time(s.endsAt(), zone, t.locale()));
  }

  private static String hours(java.time.Duration time) {
    return String.format(Locale.ROOT, "%.1f", time.toMinutes() / 60.0);
  }

  private Optional<Person> person() {
    return caller.verifiedResidentId().map(id -> new Person(id, caller.email().orElse(null)));
  }

  private static String field(MultivaluedMap<String, String> form, String name) {
    return Optional.ofNullable(form.getFirst(name)).orElse("").strip();
  }

  /** A typed coordinate ({@code null} when left empty), a decimal comma accepted. */
  private static Double coordinate(String text, String field) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw invalid(field);
    }
  }

  private static int wholeNumber(String text, String field) {
    try {
      return Integer.parseInt(Optional.ofNullable(text).orElse("0").strip());
    } catch (NumberFormatException e) {
      throw invalid(field);
    }
  }

  private static void requireText(String text, int max, String field) {
    if (text.isBlank() || text.length() > max) {
      throw invalid(field);
    }
  }

  private static ProblemException invalid(String field) {
    return ProblemException.invalidField("urn:parvis:problem:invalid-request", field, "is not valid");
  }

  private Texts texts() {
    return Texts.of("messages.worksites", layout.language());
  }
}
