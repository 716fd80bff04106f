package org.parvis.modules.worksites.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.domain.ReportNote;
import org.parvis.modules.worksites.domain.WorksiteReport;

/**
 * A report as anyone sees it: a hidden report shows only its title's absence and the reason. No
 * person ids or email addresses are shown; {@code approximate} says the point is the commune's
 * centre (the report is located by its {@code place} only).
 */
public record ReportView(UUID id, String title, String description, String place, Double latitude,
    Double longitude, boolean approximate, String status, String publicReason, UUID worksiteId, UUID mergedIntoId,
    boolean hidden, String hiddenReason, long supports, Boolean supportedByMe, Instant createdAt,
    List<NoteView> notes, List<PhotoView> photos) {

  static ReportView of(WorksiteReport r, long supports, Boolean mine, List<ReportNote> notes,
      List<PhotoView> photos) {
    boolean hidden = r.isHidden();
    return new ReportView(r.id(), hidden ? null : r.title(), hidden ? null : r.description(),
        hidden ? null : r.place().orElse(null),
        hidden ? null : r.location().latitude(), hidden ? null : r.location().longitude(),
        r.isApproximate(),
        r.status().name(), r.publicReason().orElse(null), r.worksiteId().orElse(null),
        r.mergedIntoId().orElse(null), hidden, r.hiddenReason().orElse(null), supports, mine,
        r.createdAt(), hidden ? List.of() : notes.stream().map(NoteView::of).toList(),
        hidden ? List.of() : photos);
  }

  /** Information added by a resident. */
  public record NoteView(UUID id, String text, Instant createdAt) {
    static NoteView of(ReportNote n) {
      return new NoteView(n.id(), n.text(), n.createdAt());
    }
  }
}
