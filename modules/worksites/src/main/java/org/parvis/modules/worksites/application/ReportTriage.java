package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.domain.ReportRepository;
import org.parvis.modules.worksites.domain.ReportSupport;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteReport;
import org.parvis.modules.worksites.domain.WorksiteRepository;
import org.parvis.modules.worksites.domain.WorksiteRuleException;

/**
 * Staff decide on reports: accept (a worksite is created from it), decline with a public reason,
 * merge a duplicate into another report (its supporters, and its reporter, become supporters of
 * the other); moderators hide abusive ones. The reporter and the supporters are told of every
 * change of status by email.
 */
@ApplicationScoped
@Transactional
public class ReportTriage {

  @Inject ReportRepository reports;
  @Inject WorksiteRepository worksites;
  @Inject WorksiteMail mail;

  public Worksite accept(UUID id) {
    WorksiteReport report = lock(id);
    Instant now = Clock.systemUTC().instant();
    Worksite worksite = new Worksite(report.id(), report.title(), report.description(),
        report.location(), now);
    apply(() -> report.accept(worksite.id()));
    report.place().ifPresent(place -> worksite.describe(new Worksite.Details(worksite.title(),
        worksite.description(), worksite.location(), place, null, null, null, null)));
    worksites.add(worksite);
    notifyPeople(report, null);
    return worksite;
  }

  public WorksiteReport decline(UUID id, String reason) {
    WorksiteReport report = lock(id);
    apply(() -> report.decline(reason));
    notifyPeople(report, null);
    return report;
  }

  /** Merges report {@code id} into {@code target}; both rows are locked in id order (no deadlock). */
  public WorksiteReport merge(UUID id, UUID target, String reason) {
    boolean sourceFirst = id.compareTo(target) < 0;
    WorksiteReport first = lock(sourceFirst ? id : target);
    WorksiteReport second = lock(sourceFirst ? target : id);
    WorksiteReport duplicate = sourceFirst ? first : second;
    WorksiteReport kept = sourceFirst ? second : first;
    apply(() -> duplicate.mergeInto(kept, reason));
    Instant now = Clock.systemUTC().instant();
    List<ReportSupport> moved = new ArrayList<>(reports.supports(id));
    moved.add(new ReportSupport(id, duplicate.reporterId(),
        duplicate.reporterEmail().orElse(null), duplicate.createdAt()));
    notifyPeople(duplicate, kept.title());
    for (ReportSupport support : moved) {
      if (!support.supporterId().equals(kept.reporterId())
          && !reports.hasSupported(target, support.supporterId())) {
        reports.add(support.carriedOverTo(target));
      }
    }
    for (ReportSupport support : reports.supports(id)) {
      reports.remove(support);
    }
    return duplicate;
  }

  public WorksiteReport hide(UUID id, String reason) {
    WorksiteReport report = lock(id);
    apply(() -> report.hide(reason));
    return report;
  }

  /** Moderation restores a hidden report (and settles its flags so far). */
  public WorksiteReport restore(UUID id) {
    WorksiteReport report = lock(id);
    report.restore();
    return report;
  }

  private void notifyPeople(WorksiteReport report, String mergedInto) {
    List<String> addresses = new ArrayList<>();
    report.reporterEmail().ifPresent(addresses::add);
    reports.supports(report.id()).stream().map(ReportSupport::email).flatMap(Optional::stream)
        .forEach(addresses::add);
    mail.reportStatusChanged(report, addresses, mergedInto == null ? "" : mergedInto);
  }

  private WorksiteReport lock(UUID id) {
    return reports.lockById(id).orElseThrow(() -> WorksiteProblems.notFound("report", id));
  }

  private static void apply(Runnable rule) {
    try {
      rule.run();
    } catch (WorksiteRuleException e) {
      throw WorksiteProblems.refused(e);
    }
  }
}
