package org.parvis.modules.worksites.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorksiteReportTest {

  private static WorksiteReport report() {
    return new WorksiteReport("Chemin", "Ronces", GeoPoint.of(45.19, 5.72), UUID.randomUUID(),
        null, Instant.now());
  }

  @Test
  void aDecisionIsTakenOnceAndDeclineNeedsAReason() {
    var report = report();
    assertEquals("reason-required",
        assertThrows(WorksiteRuleException.class, () -> report.decline(" ")).code());
    report.decline("Hors du domaine communal");
    assertEquals(ReportStatus.DECLINED, report.status());
    assertEquals("report-closed", assertThrows(WorksiteRuleException.class,
        () -> report.accept(UUID.randomUUID())).code());
  }

  @Test
  void mergingNeedsTwoOpenReports() {
    var duplicate = report();
    var target = report();
    assertEquals("merge-into-itself", assertThrows(WorksiteRuleException.class,
        () -> duplicate.mergeInto(duplicate, "doublon")).code());
    duplicate.mergeInto(target, "Même chemin");
    assertEquals(ReportStatus.MERGED, duplicate.status());
    assertEquals(target.id(), duplicate.mergedIntoId().orElseThrow());
    assertEquals("report-closed", assertThrows(WorksiteRuleException.class,
        () -> report().mergeInto(duplicate, "x")).code());
  }

  @Test
  void aHiddenReportIsClosedToSupport() {
    var report = report();
    report.hide("Propos injurieux");
    assertFalse(report.isOpen());
  }

  @Test
  void pointsOutsideTheGlobeAreRefused() {
    assertThrows(WorksiteRuleException.class, () -> GeoPoint.of(91, 0));
    assertThrows(WorksiteRuleException.class, () -> GeoPoint.of(0, -180.5));
    assertThrows(WorksiteRuleException.class, () -> GeoPoint.of(Double.NaN, 0));
  }

  @Test
  void restoringAHiddenReportShowsItAgainAndSettlesItsFlags() {
    var report = report();
    report.reportAbuse();
    report.hide("Propos injurieux");
    assertFalse(report.isOpen(), "a hidden report takes no support");
    report.restore();
    assertFalse(report.isHidden());
    assertEquals(0, report.abuseReports(), "no longer in the moderation queue");
    report.requireOpen();
  }

  @Test
  void aReportLocatedInWordsKeepsItsPlaceTrimmedAndSaysItsPointIsApproximate() {
    var report = new WorksiteReport("Banc", "Cassé", "  Square Vallier ", GeoPoint.of(45.19, 5.72),
        true, UUID.randomUUID(), null, Instant.now());
    assertEquals("Square Vallier", report.place().orElseThrow());
    assertEquals(true, report.isApproximate());
    var blank = new WorksiteReport("Banc", "Cassé", " ", GeoPoint.of(45.19, 5.72), false,
        UUID.randomUUID(), null, Instant.now());
    assertEquals(true, blank.place().isEmpty());
  }
}
