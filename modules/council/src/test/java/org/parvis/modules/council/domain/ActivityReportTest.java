package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityReportTest {

  private final UUID economy = UUID.randomUUID();
  private final UUID citizens = UUID.randomUUID();
  private final UUID anna = UUID.randomUUID();
  private final UUID bruno = UUID.randomUUID();
  private final UUID chloe = UUID.randomUUID();

  private ActivityReport report(List<ActivityReport.MeetingFact> meetings,
      List<ActivityReport.ReferralFact> referrals, List<ActivityReport.ContributionFact> contributions) {
    Map<UUID, String> colleges = new LinkedHashMap<>();
    colleges.put(economy, "Économie");
    colleges.put(citizens, "Citoyens");
    return ActivityReport.of(2026, colleges, Map.of(anna, economy, bruno, citizens, chloe, citizens),
        meetings, referrals, contributions);
  }

  @Test
  void attendanceIsCountedPerCollegeAgainstWhoWasExpectedAtMeetingsHeldThatYear() {
    var plenary = new ActivityReport.MeetingFact(LocalDate.of(2026, 3, 1), true, true,
        List.of(anna, bruno, chloe), List.of(anna, bruno));
    var group = new ActivityReport.MeetingFact(LocalDate.of(2026, 5, 1), false, true,
        List.of(bruno, chloe), List.of(bruno, chloe, anna));
    var notHeld = new ActivityReport.MeetingFact(LocalDate.of(2026, 6, 1), false, false,
        List.of(anna), List.of());
    var lastYear = new ActivityReport.MeetingFact(LocalDate.of(2025, 12, 31), true, true,
        List.of(anna, bruno, chloe), List.of(anna, bruno, chloe));
    var r = report(List.of(plenary, group, notHeld, lastYear), List.of(), List.of());

    assertEquals(2, r.meetingsHeld());
    assertEquals(1, r.plenaryMeetings());
    assertEquals(1, r.groupMeetings());
    var eco = r.attendance().get(0);
    assertEquals(1, eco.expected(), "Anna was expected only at the plenary");
    assertEquals(1, eco.present(), "attending a group one is not a member of is not counted");
    assertEquals(100, eco.ratePercent());
    var cit = r.attendance().get(1);
    assertEquals(4, cit.expected());
    assertEquals(3, cit.present());
    assertEquals(75, cit.ratePercent());
  }

  @Test
  void contributionsAndReferralsAreCountedInTheYearOfEachStep() {
    var referrals = List.of(
        new ActivityReport.ReferralFact(LocalDate.of(2026, 2, 1), false, true),
        new ActivityReport.ReferralFact(LocalDate.of(2026, 4, 1), true, true),
        new ActivityReport.ReferralFact(LocalDate.of(2026, 4, 2), true, false),
        new ActivityReport.ReferralFact(LocalDate.of(2025, 4, 2), false, true));
    var contributions = List.of(
        new ActivityReport.ContributionFact("Mobilités", "ANSWERED", LocalDate.of(2026, 3, 1), true,
            LocalDate.of(2026, 3, 5), LocalDate.of(2026, 6, 1), "Ligne de bus ajoutée"),
        new ActivityReport.ContributionFact("Eau", "REJECTED", LocalDate.of(2026, 9, 1), false, null, null, null),
        new ActivityReport.ContributionFact("PLUi", "SENT", LocalDate.of(2025, 12, 1), true,
            LocalDate.of(2026, 1, 10), null, null),
        new ActivityReport.ContributionFact("Brouillon", "DRAFTING", null, false, null, null, null));
    var r = report(List.of(), referrals, contributions);

    assertEquals(1, r.referralsReceived());
    assertEquals(1, r.selfReferralsTakenUp());
    assertEquals(1, r.contributionsAdopted());
    assertEquals(1, r.contributionsRejected());
    assertEquals(2, r.contributionsSent(), "PLUi was adopted in 2025 but sent in 2026");
    assertEquals(1, r.responsesReceived());
    assertEquals(List.of("Mobilités", "Eau"), r.contributions().stream().map(ActivityReport.ContributionLine::title).toList());
  }

  @Test
  void theCsvHasOneRowPerFigureAndDefusesFormulas() {
    Map<UUID, String> colleges = Map.of(economy, "=HYPERLINK(\"x\")");
    var r = ActivityReport.of(2026, colleges, Map.of(), List.of(), List.of(), List.of());
    String csv = r.toCsv();
    assertTrue(csv.startsWith("section,item,value\r\n"));
    assertTrue(csv.contains("meetings,held,0\r\n"));
    assertTrue(csv.contains("attendance expected,\"'=HYPERLINK(\"\"x\"\")\",0\r\n"), csv);
  }
}
