package org.parvis.modules.worksites.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports of the current tenant, with their supports and notes. */
public interface ReportRepository {

  void add(WorksiteReport report);

  Optional<WorksiteReport> byId(UUID id);

  /** The report, its row locked until the transaction ends (decisions and supports queue). */
  Optional<WorksiteReport> lockById(UUID id);

  /** Newest first. */
  List<WorksiteReport> all();

  boolean hasSupported(UUID reportId, UUID supporterId);

  void add(ReportSupport support);

  List<ReportSupport> supports(UUID reportId);

  long supportCount(UUID reportId);

  void remove(ReportSupport support);

  boolean hasFlagged(UUID reportId, UUID personId);

  void add(ReportFlag flag);

  void add(ReportNote note);

  List<ReportNote> notes(UUID reportId);
}
