package org.parvis.modules.worksites.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.application.ReportBox;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksiteMail;
import org.parvis.modules.worksites.application.WorksiteReading;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.ReportStatus;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteStatus;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Markup;

/** The view models of the residents' worksites pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class WorksitePageModels {

  @Inject WorksiteReading reading;
  @Inject ReportBox reports;
  @Inject ShiftBooking booking;
  @Inject PhotoAlbum album;
  @Inject WorksiteMail mail;
  @Inject ModuleSettings settings;
  @Inject Caller caller;

  /** The list page: the map, the worksites to come and done, the residents' reports. */
  public record Index(Markup map, List<Card> upcoming, List<Card> past, List<ReportCard> reports) {}

  /** A worksite in the list ({@code firstShift} and {@code hours} are null when not known or not done). */
  public record Card(UUID id, String title, double latitude, double longitude, String address, String coordinates,
      String firstShift, String hours) {}

  /** A report in the list, or its page: hidden ones show only why. */
  public record ReportCard(UUID id, boolean hidden, String hiddenText, String title, String status, String supports,
      String place, String point, String reason) {}

  /** A worksite's page. */
  public record WorksitePage(UUID id, String status, List<String> paragraphs, String address, String coordinates,
      String referent, String skills, String safety, String minimumAge, String ageDeclaration, List<Item> items,
      List<Figure> photos, String completed, String completionNote, List<ShiftCard> shifts, long maxCompanions) {}

  /** An item to bring: {@code canPledge} when the visitor may promise to bring it. */
  public record Item(UUID id, String name, int quantity, String source, boolean pledged, boolean canPledge) {}

  /** A photo with its text alternative and its caption. */
  public record Figure(String url, String alt, String caption) {}

  /** What a shift offers the visitor. */
  public enum Offer { NONE, MINE, VERIFY, REGISTER }

  /** A shift on its worksite's page. */
  public record ShiftCard(UUID id, String when, int free, String places, Offer offer, String mine,
      String registerLabel) {}

  /** One of the visitor's registrations. */
  public record MyShift(UUID worksiteId, String worksite, UUID shiftId, String when, String status,
      boolean cancellable) {}

  /** A report's page: {@code actions} is false for a visitor who cannot act (then {@code verify} says why). */
  public record ReportPage(ReportCard card, UUID worksiteId, List<String> paragraphs, List<Figure> photos,
      List<String> notes, boolean verify, boolean actions, boolean canSupport, boolean supported) {}

  public Index index(Texts t) {
    List<Worksite> all = reading.all();
    List<WorksiteReport> open = reports.all();
    return new Index(new Markup(WorksitesMap.svg(mapPoints(all, open), t)), cards(all, WorksiteStatus.PLANNED, t),
        cards(all, WorksiteStatus.COMPLETED, t), open.stream().map(r -> reportCard(r, t)).toList());
  }

  public WorksitePage worksite(Worksite w, Texts t) {
    Optional<UUID> me = caller.verifiedResidentId();
    List<Item> items = w.items().stream().map(i -> new Item(i.id(), i.name(), i.quantity(),
        t.get("worksite.item." + i.source().name()), i.pledgedBy().isPresent(),
        i.source() == ItemSource.VOLUNTEER && i.pledgedBy().isEmpty() && me.isPresent()
            && w.status() == WorksiteStatus.PLANNED)).toList();
    List<Figure> photos = new ArrayList<>();
    for (Photo photo : album.ofWorksite(w.id())) {
      Optional.ofNullable(album.url(photo)).ifPresent(url -> photos.add(new Figure(url, photo.caption(),
          t.get("worksite.photo." + photo.kind().name()) + " — " + photo.caption())));
    }
    boolean completed = w.status() == WorksiteStatus.COMPLETED;
    List<ShiftCard> shifts = reading.shiftsOf(w.id()).stream().map(s -> shiftCard(w, s, me, t)).toList();
    return new WorksitePage(w.id(), t.get("worksite.status." + w.status().name()), paragraphs(w.description()),
        w.address().orElse(null), coordinates(t, w.location().latitude(), w.location().longitude()),
        w.referent().orElse(null), w.skills().orElse(null), w.safetyNotes().orElse(null),
        w.minimumAge().map(a -> t.get("worksite.minimumAge", a)).orElse(null),
        w.minimumAge().filter(a -> a > 0).map(a -> t.get("worksite.ageDeclaration", a)).orElse(null), items, photos,
        completed ? t.get("worksite.completed", hours(reading.volunteerTime(w.id()))) : null,
        completed ? w.completionNote().orElse(null) : null, shifts,
        settings.getLong(WorksitesModule.ID, WorksitesModule.MAX_COMPANIONS));
  }

  public List<MyShift> mine(UUID me, Texts t) {
    List<MyShift> mine = new ArrayList<>();
    for (Shift s : booking.shiftsOf(me)) {
      Worksite w = reading.require(s.worksiteId());
      ShiftRegistration r = s.registrationOf(me).orElseThrow();
      mine.add(new MyShift(w.id(), w.title(), s.id(), when(t, s), registration(s, r, t),
          s.startsAt().isAfter(Instant.now())));
    }
    return mine;
  }

  public ReportPage report(WorksiteReport r, Texts t) {
    List<Figure> photos = new ArrayList<>();
    for (Photo photo : album.ofReport(r.id())) {
      Optional.ofNullable(album.url(photo)).ifPresent(url -> photos.add(new Figure(url, photo.caption(),
          photo.caption())));
    }
    Optional<UUID> me = caller.verifiedResidentId();
    boolean actions = me.isPresent() && r.isOpen() && !r.isHidden();
    boolean reporter = me.isPresent() && r.reporterId().equals(me.get());
    boolean supported = actions && !reporter && reports.hasSupported(r.id(), me.get());
    return new ReportPage(reportCard(r, t), r.worksiteId().orElse(null), paragraphs(r.description()), photos,
        reports.notes(r.id()).stream().map(n -> n.text()).toList(), me.isEmpty(), actions,
        actions && !reporter && !supported, supported);
  }

  private ShiftCard shiftCard(Worksite w, Shift s, Optional<UUID> me, Texts t) {
    boolean free = s.freePlaces() > 0 && s.waiting().isEmpty();
    String places = free ? t.get("worksite.places", s.freePlaces(), s.capacity())
        : t.get("worksite.full", s.waiting().size());
    Optional<ShiftRegistration> mine = me.flatMap(s::registrationOf);
    Offer offer = mine.isPresent() ? Offer.MINE
        : w.status() != WorksiteStatus.PLANNED || !s.startsAt().isAfter(Instant.now()) ? Offer.NONE
        : me.isEmpty() ? Offer.VERIFY : Offer.REGISTER;
    return new ShiftCard(s.id(), when(t, s), s.freePlaces(), places, offer,
        mine.map(r -> registration(s, r, t)).orElse(null),
        t.get(free ? "worksite.register" : "worksite.registerFull"));
  }

  private List<Card> cards(List<Worksite> all, WorksiteStatus status, Texts t) {
    return all.stream().filter(w -> w.status() == status).map(w -> {
      List<Shift> shifts = reading.shiftsOf(w.id());
      return new Card(w.id(), w.title(), w.location().latitude(), w.location().longitude(), w.address().orElse(null),
          coordinates(t, w.location().latitude(), w.location().longitude()),
          shifts.isEmpty() ? null : when(t, shifts.get(0)),
          status == WorksiteStatus.COMPLETED ? t.get("page.hours", hours(reading.volunteerTime(w.id()))) : null);
    }).toList();
  }

  private ReportCard reportCard(WorksiteReport r, Texts t) {
    if (r.isHidden()) {
      return new ReportCard(r.id(), true, t.get("page.hidden", r.hiddenReason().orElse("")), null, null, null, null,
          null, null);
    }
    return new ReportCard(r.id(), false, null, r.title(), t.get("page.status." + r.status().name()),
        t.get("page.supports", reports.supportCount(r.id())), r.place().orElse(null),
        r.isApproximate() ? t.get("report.approximate")
            : coordinates(t, r.location().latitude(), r.location().longitude()),
        r.publicReason().orElse(null));
  }

  private String registration(Shift s, ShiftRegistration r, Texts t) {
    return r.isConfirmed() ? t.get("worksite.registered", r.places())
        : t.get("worksite.waiting", s.waitingRank(r).orElse(0));
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

  private static List<String> paragraphs(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  private static String coordinates(Texts t, double latitude, double longitude) {
    return t.get("page.coordinates", String.format(Locale.ROOT, "%.5f", latitude),
        String.format(Locale.ROOT, "%.5f", longitude));
  }

  private String when(Texts t, Shift s) {
    var zone = mail.zone();
    return t.get("worksite.shift", LocalTimes.dayWithWeekday(s.startsAt(), zone, t.locale()),
        LocalTimes.time(s.startsAt(), zone, t.locale()), LocalTimes.time(s.endsAt(), zone, t.locale()));
  }

  /** Volunteer hours with one decimal, as the staff's yearly totals show them. */
  static String hours(Duration time) {
    return String.format(Locale.ROOT, "%.1f", time.toMinutes() / 60.0);
  }
}
