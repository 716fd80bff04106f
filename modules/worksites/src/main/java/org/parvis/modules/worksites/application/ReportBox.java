package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.ReportFlag;
import org.parvis.modules.worksites.domain.ReportNote;
import org.parvis.modules.worksites.domain.ReportRepository;
import org.parvis.modules.worksites.domain.ReportSupport;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteRuleException;
import org.parvis.spi.geo.TenantArea;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;

/**
 * Residents' side of reports: report a need, support it (once per person: the report's row is
 * locked while a support is added, and a unique constraint stays as the last guard), add
 * information, flag abuse. Reads are here too, in a transaction (row-level security needs one).
 */
@ApplicationScoped
@Transactional
public class ReportBox {

  @Inject ReportRepository reports;
  @Inject ModuleSettings settings;
  @Inject TenantArea area;
  @Inject PhotoAlbum album;

  public WorksiteReport report(String title, String description, double latitude,
      double longitude, Person reporter) {
    return report(title, description, null, latitude, longitude, reporter);
  }

  /**
   * Reports a need located in words ({@code place}) and, when the resident knows it, by a point;
   * without coordinates ({@code null}) the point is the commune's centre, marked approximate, and
   * then the place is required.
   */
  public WorksiteReport report(String title, String description, String place, Double latitude,
      Double longitude, Person reporter) {
    return report(title, description, place, latitude, longitude, null, reporter);
  }

  /** The same with a photo ({@code null}: none), kept in the same transaction as the report. */
  public WorksiteReport report(String title, String description, String place, Double latitude,
      Double longitude, PhotoUpload photo, Person reporter) {
    boolean approximate = latitude == null && longitude == null;
    GeoPoint point;
    if (approximate) {
      if (place == null || place.isBlank()) {
        throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "location",
            "an address, a landmark or a point is required");
      }
      point = centre().orElseThrow(() -> ProblemException.invalidField(
          "urn:parvis:problem:invalid-request", "latitude", "is required"));
    } else {
      try {
        point = GeoPoint.of(latitude == null ? Double.NaN : latitude,
            longitude == null ? Double.NaN : longitude);
      } catch (WorksiteRuleException e) {
        throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "latitude", e.getMessage());
      }
      area.current().ifPresent(a -> a.requireInside(latitude, longitude, "latitude"));
    }
    WorksiteReport report = new WorksiteReport(title.strip(), description.strip(), place, point,
        approximate, reporter.id(), reporter.email(), Clock.systemUTC().instant());
    reports.add(report);
    if (photo != null) {
      album.addToReport(report.id(), photo, reporter);
    }
    return report;
  }

  /** The commune's centre (setting {@code areaCentre}), if staff configured it. */
  public Optional<GeoPoint> centre() {
    String[] parts = settings.get(WorksitesModule.ID, WorksitesModule.AREA_CENTRE).split(",");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(GeoPoint.of(Double.parseDouble(parts[0].strip()),
          Double.parseDouble(parts[1].strip())));
    } catch (NumberFormatException | WorksiteRuleException e) {
      return Optional.empty();
    }
  }

  /** Adds the person's support; {@code false} when they had already supported it. */
  public boolean support(UUID id, Person supporter) {
    WorksiteReport report = lockOpen(id);
    if (report.reporterId().equals(supporter.id()) || reports.hasSupported(id, supporter.id())) {
      return false;
    }
    try {
      reports.add(new ReportSupport(id, supporter.id(), supporter.email(), Clock.systemUTC().instant()));
    } catch (PersistenceException e) {
      throw ProblemException.conflict("urn:parvis:problem:worksites-already-supported", "Already supported");
    }
    return true;
  }

  public ReportNote addNote(UUID id, String text, Person author) {
    lockOpen(id);
    ReportNote note = new ReportNote(id, author.id(), text.strip(), Clock.systemUTC().instant());
    reports.add(note);
    return note;
  }

  /** Flags the report as abusive; a person's second flag of the same report changes nothing. */
  public void reportAbuse(UUID id, Person person) {
    WorksiteReport report = reports.lockById(id)
        .orElseThrow(() -> WorksiteProblems.notFound("report", id));
    if (!reports.hasFlagged(id, person.id())) {
      reports.add(new ReportFlag(id, person.id(), Clock.systemUTC().instant()));
      report.reportAbuse();
    }
  }

  /** Reports flagged at least once and not hidden yet, most flagged first (moderation queue). */
  public List<WorksiteReport> flagged() {
    return reports.all().stream().filter(r -> r.abuseReports() > 0 && !r.isHidden())
        .sorted(java.util.Comparator.comparingInt(WorksiteReport::abuseReports).reversed())
        .toList();
  }

  public WorksiteReport require(UUID id) {
    return reports.byId(id).orElseThrow(() -> WorksiteProblems.notFound("report", id));
  }

  public List<WorksiteReport> all() {
    return reports.all();
  }

  public long supportCount(UUID id) {
    return reports.supportCount(id);
  }

  public boolean hasSupported(UUID id, UUID person) {
    return reports.hasSupported(id, person);
  }

  public List<ReportNote> notes(UUID id) {
    return reports.notes(id);
  }

  private WorksiteReport lockOpen(UUID id) {
    WorksiteReport report = reports.lockById(id).orElseThrow(() -> WorksiteProblems.notFound("report", id));
    try {
      report.requireOpen();
    } catch (WorksiteRuleException e) {
      throw WorksiteProblems.refused(e);
    }
    return report;
  }
}
