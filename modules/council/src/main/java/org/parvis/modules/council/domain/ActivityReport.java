package org.parvis.modules.council.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The council's annual activity report (bilan), computed from the year's facts only: meetings held
 * (concluded) and who attended them, per college; referrals received; contributions decided, sent
 * and answered. Attendance is counted against who was expected — the group's members for a working
 * group meeting, every sitting member for a plenary one.
 */
public record ActivityReport(int year, int meetingsHeld, int plenaryMeetings, int groupMeetings,
    List<CollegeAttendance> attendance, int referralsReceived, int selfReferralsTakenUp,
    int contributionsAdopted, int contributionsRejected, int contributionsSent,
    int responsesReceived, List<ContributionLine> contributions) {

  /** A college's attendance: expected attendances, actual ones, and the rate in whole percent. */
  public record CollegeAttendance(UUID college, String name, int expected, int present, int ratePercent) {}

  /** A meeting as the report needs it. */
  public record MeetingFact(LocalDate day, boolean plenary, boolean held, List<UUID> expected, List<UUID> present) {}

  /** A referral as the report needs it. */
  public record ReferralFact(LocalDate received, boolean selfReferral, boolean takenUp) {}

  /** A contribution as the report needs it: dates are null for steps not reached. */
  public record ContributionFact(String title, String status, LocalDate decided, boolean adopted,
      LocalDate sent, LocalDate answered, String changes) {}

  /** One line of the report's list of contributions decided in the year. */
  public record ContributionLine(String title, String status, boolean adopted, String changes) {}

  public ActivityReport {
    attendance = List.copyOf(attendance);
    contributions = List.copyOf(contributions);
  }

  /**
   * @param colleges the council's colleges (id → name), in display order
   * @param collegeOf each member's college
   */
  public static ActivityReport of(int year, Map<UUID, String> colleges, Map<UUID, UUID> collegeOf,
      List<MeetingFact> meetings, List<ReferralFact> referrals, List<ContributionFact> contribs) {
    List<MeetingFact> held = meetings.stream().filter(m -> m.held() && m.day().getYear() == year).toList();
    List<CollegeAttendance> attendance = new ArrayList<>();
    for (var college : colleges.entrySet()) {
      int expected = 0;
      int present = 0;
      for (MeetingFact m : held) {
        expected += (int) m.expected().stream().filter(id -> college.getKey().equals(collegeOf.get(id))).count();
        present += (int) m.present().stream()
            .filter(id -> m.expected().contains(id) && college.getKey().equals(collegeOf.get(id))).count();
      }
      int rate = expected == 0 ? 0 : (int) Math.round(100.0 * present / expected);
      attendance.add(new CollegeAttendance(college.getKey(), college.getValue(), expected, present, rate));
    }
    List<ReferralFact> received = referrals.stream().filter(r -> r.received().getYear() == year).toList();
    List<ContributionFact> decided = contribs.stream()
        .filter(c -> c.decided() != null && c.decided().getYear() == year).toList();
    return new ActivityReport(year, held.size(),
        (int) held.stream().filter(MeetingFact::plenary).count(),
        (int) held.stream().filter(m -> !m.plenary()).count(),
        attendance,
        (int) received.stream().filter(r -> !r.selfReferral()).count(),
        (int) received.stream().filter(r -> r.selfReferral() && r.takenUp()).count(),
        (int) decided.stream().filter(ContributionFact::adopted).count(),
        (int) decided.stream().filter(c -> !c.adopted()).count(),
        (int) contribs.stream().filter(c -> c.sent() != null && c.sent().getYear() == year).count(),
        (int) contribs.stream().filter(c -> c.answered() != null && c.answered().getYear() == year).count(),
        decided.stream().map(c -> new ContributionLine(c.title(), c.status(), c.adopted(),
            c.changes() == null ? "" : c.changes())).toList());
  }

  /** The report as CSV (RFC 4180, one {@code section,item,value} row per figure). */
  public String toCsv() {
    StringBuilder out = new StringBuilder("section,item,value\r\n");
    row(out, "meetings", "held", meetingsHeld);
    row(out, "meetings", "plenary", plenaryMeetings);
    row(out, "meetings", "working groups", groupMeetings);
    for (CollegeAttendance a : attendance) {
      row(out, "attendance expected", a.name(), a.expected());
      row(out, "attendance present", a.name(), a.present());
      row(out, "attendance rate %", a.name(), a.ratePercent());
    }
    row(out, "referrals", "received", referralsReceived);
    row(out, "referrals", "self-referrals taken up", selfReferralsTakenUp);
    row(out, "contributions", "adopted", contributionsAdopted);
    row(out, "contributions", "rejected", contributionsRejected);
    row(out, "contributions", "sent", contributionsSent);
    row(out, "contributions", "responses received", responsesReceived);
    return out.toString();
  }

  private static void row(StringBuilder out, String section, String item, int value) {
    out.append(csv(section)).append(',').append(csv(item)).append(',').append(value).append("\r\n");
  }

  static String csv(String value) {
    String safe = value;
    // A cell starting with a formula character would run in a spreadsheet.
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
