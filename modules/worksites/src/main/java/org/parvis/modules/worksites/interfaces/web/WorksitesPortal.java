package org.parvis.modules.worksites.interfaces.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.Person;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Photo;
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
import org.parvis.spi.web.PortalLayout;

/**
 * The worksites pages: the list of upcoming and completed worksites (with their coordinates and
 * addresses: no map tiles are needed), a worksite with its shifts and a registration form per
 * shift, "my registrations" with a cancel button each, and the report form. Every form is a plain
 * POST with labelled fields, so registering needs neither JavaScript nor a mouse.
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
    section(html, t, t.get("page.upcoming"), all.stream().filter(w -> w.status() == WorksiteStatus.PLANNED).toList());
    section(html, t, t.get("page.past"), all.stream().filter(w -> w.status() == WorksiteStatus.COMPLETED).toList());
    List<WorksiteReport> open = reports.all();
    if (!open.isEmpty()) {
      html.append("<section aria-labelledby=\"reports\"><h2 id=\"reports\">")
          .append(escape(t.get("page.reports"))).append("</h2><ul class=\"reports\">");
      for (WorksiteReport r : open) {
        html.append("<li>");
        if (r.isHidden()) {
          html.append(escape(t.get("page.hidden", r.hiddenReason().orElse(""))));
        } else {
          html.append("<strong>").append(escape(r.title())).append("</strong> — ")
              .append(escape(t.get("page.status." + r.status().name()))).append(" — ")
              .append(escape(t.get("page.supports", reports.supportCount(r.id()))))
              .append("<br>").append(coordinates(t, r.location().latitude(), r.location().longitude()));
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
    layout.requireFormToken(form.getFirst("csrf"));
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return worksitePage(id, texts().get("worksite.verify"), 403);
    }
    int companions;
    try {
      companions = Integer.parseInt(Optional.ofNullable(form.getFirst("companions")).orElse("0").trim());
    } catch (NumberFormatException e) {
      companions = -1;
    }
    try {
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
          : texts().get("refused", e.getMessage()), layout.refusalStatus(e));
    }
    return Response.seeOther(URI.create("/worksites/" + id + "?registered=1#shift-" + shiftId)).build();
  }

  /** A volunteer promises to bring an item the commune does not provide. */
  @POST
  @Path("{id}/items/{item}/pledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response pledge(@PathParam("id") UUID id, @PathParam("item") UUID itemId,
      MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
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
      return worksitePage(id, texts().get("refused", e.getMessage()), 422);
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
    layout.requireFormToken(form.getFirst("csrf"));
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return minePage(texts().get("worksite.verify"), 403);
    }
    try {
      booking.cancel(shiftId, person.get());
    } catch (ProblemException e) {
      return minePage(texts().get("refused", e.getMessage()), e.status());
    }
    return Response.seeOther(URI.create("/worksites/mine?cancelled=1")).build();
  }

  @GET
  @Path("report")
  public Response reportForm() {
    return reportPage(null, "", "", "", "", 200);
  }

  @POST
  @Path("report")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response report(MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
    String title = field(form, "title");
    String description = field(form, "description");
    String latitude = field(form, "latitude");
    String longitude = field(form, "longitude");
    Optional<Person> person = person();
    if (person.isEmpty()) {
      return reportPage(texts().get("worksite.verify"), title, description, latitude, longitude, 403);
    }
    try {
      if (title.isBlank() || title.length() > 200 || description.isBlank()
          || description.length() > 10_000) {
        throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "title",
            texts().get("report.field.title") + " / " + texts().get("report.field.description"));
      }
      reports.report(title, description, number(latitude), number(longitude), person.get());
    } catch (ProblemException e) {
      return reportPage(texts().get("refused", e.getMessage()), title, description, latitude,
          longitude, e.status());
    }
    return Response.seeOther(URI.create("/worksites?reported=1")).build();
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

  private Response reportPage(String notice, String title, String description, String latitude,
      String longitude, int status) {
    Texts t = texts();
    StringBuilder html = new StringBuilder();
    notice(html, notice, status);
    if (caller.verifiedResidentId().isEmpty()) {
      html.append("<p>").append(escape(t.get("worksite.verify"))).append("</p>");
    } else {
      html.append("<p id=\"report-help\">").append(escape(t.get("report.help"))).append("</p>")
          .append("<form method=\"post\" action=\"/worksites/report\" aria-describedby=\"report-help\">")
          .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(layout.formToken())).append("\">")
          .append("<p><label for=\"title\">").append(escape(t.get("report.field.title")))
          .append("</label><br><input id=\"title\" name=\"title\" required maxlength=\"200\" value=\"")
          .append(escape(title)).append("\"></p>")
          .append("<p><label for=\"description\">").append(escape(t.get("report.field.description")))
          .append("</label><br><textarea id=\"description\" name=\"description\" required rows=\"6\" maxlength=\"10000\">")
          .append(escape(description)).append("</textarea></p>")
          .append("<p><label for=\"latitude\">").append(escape(t.get("report.field.latitude")))
          .append("</label><br><input id=\"latitude\" name=\"latitude\" required inputmode=\"decimal\" value=\"")
          .append(escape(latitude)).append("\"></p>")
          .append("<p><label for=\"longitude\">").append(escape(t.get("report.field.longitude")))
          .append("</label><br><input id=\"longitude\" name=\"longitude\" required inputmode=\"decimal\" value=\"")
          .append(escape(longitude)).append("\"></p>")
          .append("<p><button type=\"submit\">").append(escape(t.get("report.submit"))).append("</button></p></form>");
    }
    return layout.page(status, t.get("report.title"), html.toString());
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
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale());
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    return t.get("worksite.shift", day.format(s.startsAt().atZone(zone)),
        time.format(s.startsAt().atZone(zone)), time.format(s.endsAt().atZone(zone)));
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

  private static double number(String text) {
    try {
      return Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private Texts texts() {
    return Texts.of("messages.worksites", layout.language());
  }
}
