package org.parvis.modules.worksites.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.PhotoKind;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteStatus;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Figure;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;

/** The view models of the staff's worksites pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class StaffPageModels {

  @Inject ReportBox reports;
  @Inject WorksiteReading reading;
  @Inject PhotoAlbum album;
  @Inject WorksiteMail mail;

  /** A report waiting for a decision, with the other open reports it may be merged with. */
  public record ToTriage(UUID id, String title, String supports, List<String> paragraphs, List<Choice> others) {}

  /** An option of a select or a radio group. */
  public record Choice(String value, String label) {}

  /** A worksite in the staff's list. */
  public record WorksiteLink(UUID id, String title, String status) {}

  /** A report residents flagged as abusive. */
  public record Flagged(UUID id, String title, String flags, List<String> paragraphs) {}

  /** A hidden report and why. */
  public record Hidden(UUID id, String title, String reason) {}

  /** A worksite as staff prepare it. */
  public record StaffWorksite(UUID id, String status, boolean planned, List<ShiftLink> shifts, List<String> items,
      List<Figure> photos, List<Choice> sources, List<Choice> kinds) {}

  /** A shift with a link to its check-in list. */
  public record ShiftLink(UUID id, String label, String places) {}

  /** A shift's check-in list. */
  public record CheckIn(UUID worksiteId, String worksite, String when, List<Attendance> rows) {}

  /** One confirmed registration: who, how many places, how many came (null until recorded). */
  public record Attendance(UUID id, String who, String places, int max, int value, String came) {}

  public List<ToTriage> toTriage(Texts t) {
    List<WorksiteReport> open = reports.all().stream().filter(r -> r.isOpen() && !r.isHidden()).toList();
    return open.stream().map(r -> new ToTriage(r.id(), r.title(), t.get("page.supports", reports.supportCount(r.id())),
        paragraphs(r.description()), open.stream().filter(o -> !o.id().equals(r.id()))
            .map(o -> new Choice(o.id().toString(), o.title())).toList())).toList();
  }

  public List<WorksiteLink> worksites(Texts t) {
    return reading.all().stream().map(w -> new WorksiteLink(w.id(), w.title(),
        t.get("worksite.status." + w.status().name()))).toList();
  }

  public List<Flagged> flagged(Texts t) {
    return reports.flagged().stream().map(r -> new Flagged(r.id(), r.title(), t.get("staff.flags", r.abuseReports()),
        paragraphs(r.description()))).toList();
  }

  public List<Hidden> hidden() {
    return reports.all().stream().filter(WorksiteReport::isHidden)
        .map(r -> new Hidden(r.id(), r.title(), r.hiddenReason().orElse(""))).toList();
  }

  public StaffWorksite worksite(Worksite w, Texts t) {
    List<ShiftLink> shifts = reading.shiftsOf(w.id()).stream().map(s -> new ShiftLink(s.id(),
        t.get("staff.checkInOf", when(t, s)), t.get("worksite.places", s.freePlaces(), s.capacity()))).toList();
    List<String> items = w.items().stream().map(i -> i.name() + " × " + i.quantity() + " — "
        + t.get("worksite.item." + i.source().name())
        + (i.pledgedBy().isPresent() ? " (" + t.get("worksite.item.pledged") + ")" : "")).toList();
    List<Figure> photos = new ArrayList<>();
    for (Photo photo : album.ofWorksite(w.id())) {
      Optional.ofNullable(album.url(photo)).ifPresent(url -> photos.add(new Figure(url, photo.caption(),
          t.get("worksite.photo." + photo.kind().name()) + " — " + photo.caption())));
    }
    List<Choice> sources = List.of(ItemSource.values()).stream()
        .map(s -> new Choice(s.name(), t.get("worksite.item." + s.name()))).toList();
    List<Choice> kinds = List.of(PhotoKind.BEFORE, PhotoKind.AFTER).stream()
        .map(k -> new Choice(k.name(), t.get("worksite.photo." + k.name()))).toList();
    return new StaffWorksite(w.id(), t.get("worksite.status." + w.status().name()),
        w.status() == WorksiteStatus.PLANNED, shifts, items, photos, sources, kinds);
  }

  /**
   * The worksite's forms as shown: its description as it is, the defaults of the other forms, then what was typed in
   * the form just refused, with its refusals.
   */
  public Form forms(Worksite w, Form typed) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", w.title());
    values.put("description", w.description());
    values.put("address", w.address().orElse(""));
    values.put("latitude", String.format(Locale.ROOT, "%.6f", w.location().latitude()));
    values.put("longitude", String.format(Locale.ROOT, "%.6f", w.location().longitude()));
    values.put("referent", w.referent().orElse(""));
    values.put("safetyNotes", w.safetyNotes().orElse(""));
    values.put("minimumAge", w.minimumAge().map(String::valueOf).orElse(""));
    values.put("skills", w.skills().orElse(""));
    values.put("quantity", "1");
    values.put("source", ItemSource.values()[0].name());
    values.put("kind", PhotoKind.BEFORE.name());
    values.putAll(typed.typed());
    Form shown = Form.prefilled(values);
    for (FieldError e : typed.errors()) {
      shown.refuse(e.field(), e.key(), e.arguments().toArray());
    }
    return shown;
  }

  public CheckIn checkIn(Shift s, Texts t) {
    Worksite w = reading.require(s.worksiteId());
    List<Attendance> rows = s.registrations().stream().filter(ShiftRegistration::isConfirmed)
        .map(r -> new Attendance(r.id(), r.email().orElse(t.get("staff.anonymous")),
            t.get("staff.places", r.places()), r.places(), r.attendees().orElse(r.places()),
            r.attendees().map(a -> t.get("staff.came", a)).orElse(null))).toList();
    return new CheckIn(w.id(), w.title(), when(t, s), rows);
  }

  private static List<String> paragraphs(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  private String when(Texts t, Shift s) {
    var zone = mail.zone();
    return t.get("worksite.shift", LocalTimes.dayWithWeekday(s.startsAt(), zone, t.locale()),
        LocalTimes.time(s.startsAt(), zone, t.locale()), LocalTimes.time(s.endsAt(), zone, t.locale()));
  }
}
