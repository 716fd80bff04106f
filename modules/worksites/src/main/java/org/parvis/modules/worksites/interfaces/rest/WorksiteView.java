package org.parvis.modules.worksites.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteItem;

/** A worksite as anyone sees it, with its materials, shifts and volunteer hours. */
public record WorksiteView(UUID id, UUID reportId, String title, String description,
    double latitude, double longitude, String address, String referent, String safetyNotes,
    Integer minimumAge, String skills, String status, Instant completedAt, String completionNote,
    List<ItemView> items, List<ShiftView> shifts, double volunteerHours, List<PhotoView> photos) {

  static WorksiteView of(Worksite w, List<Shift> shifts, double hours, List<PhotoView> photos) {
    return new WorksiteView(w.id(), w.reportId().orElse(null), w.title(), w.description(),
        w.location().latitude(), w.location().longitude(), w.address().orElse(null),
        w.referent().orElse(null), w.safetyNotes().orElse(null), w.minimumAge().orElse(null),
        w.skills().orElse(null), w.status().name(), w.completedAt().orElse(null),
        w.completionNote().orElse(null), w.items().stream().map(ItemView::of).toList(),
        shifts.stream().map(ShiftView::of).toList(), hours, photos);
  }

  /** A material or tool; {@code pledged} tells whether a volunteer brings it. */
  public record ItemView(UUID id, String name, int quantity, String source, boolean pledged) {
    static ItemView of(WorksiteItem i) {
      return new ItemView(i.id(), i.name(), i.quantity(), i.source().name(), i.pledgedBy().isPresent());
    }
  }

  /** A shift with its places: taken by confirmed registrations, and the waiting list's length. */
  public record ShiftView(UUID id, Instant startsAt, Instant endsAt, int capacity,
      int confirmedPlaces, int freePlaces, int waiting, int attendees) {
    static ShiftView of(Shift s) {
      return new ShiftView(s.id(), s.startsAt(), s.endsAt(), s.capacity(), s.confirmedPlaces(),
          s.freePlaces(), s.waiting().size(), s.attendees());
    }
  }
}
