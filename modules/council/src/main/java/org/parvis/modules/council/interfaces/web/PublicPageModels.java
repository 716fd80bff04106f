package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.CouncilForms.lines;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.ContributionView.ResultView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.spi.i18n.Texts;

/** The view models of the council's public pages (members, published contributions, activity report). */
final class PublicPageModels {

  /** A member who consented to the public page. */
  record Member(String name, String organisation, String college, List<String> roles, List<String> profile) {}

  /** A vote's count: the sentence overall, then one line per college ({@code verdict} null where not shown). */
  record Result(String heading, String summary, List<CollegeLine> colleges) {}

  record CollegeLine(String count, String verdict) {}

  record Section(String heading, List<String> paragraphs) {}

  /** A published contribution with its result and, once answered, the official response. */
  record Published(UUID id, String title, List<Section> sections, Result result, boolean answered,
      List<String> response, String changes) {}

  /** One line of the attendance table. */
  record Attendance(String name, int expected, int present, int rate) {}

  record ReportLine(String title, String status, String changes) {}

  /** The printable activity report of a year. */
  record Report(int year, int meetingsHeld, int plenaryMeetings, int groupMeetings, List<Attendance> attendance,
      Attendance total, int referralsReceived, int selfReferralsTakenUp, int contributionsAdopted,
      int contributionsRejected, int contributionsSent, int responsesReceived, List<ReportLine> contributions) {}

  private PublicPageModels() {}

  static List<Member> members(Texts t, List<MemberView.Public> members) {
    return members.stream().map(m -> new Member(m.displayName(), blankToNull(m.organisation()), m.college(),
        m.roles().stream().map(r -> t.get("role." + r)).toList(), lines(m.profile()))).toList();
  }

  static List<Published> published(Texts t, List<ContributionView> contributions) {
    return contributions.stream().map(c -> new Published(c.id(), c.title(),
        c.sections().stream().map(s -> new Section(s.heading(), lines(s.text()))).toList(),
        result(t, c.result(), c.status(), false), c.response() != null, lines(c.response()),
        blankToNull(c.responseChanges()))).toList();
  }

  /** The count under the rule the vote was opened with; {@code verdicts}: whether each college passed. */
  static Result result(Texts t, ResultView r, String status, boolean verdicts) {
    if (r == null) {
      return null;
    }
    String summary = t.get(r.adopted() ? "contributions.adopted" : "contributions.rejected",
        t.get("method." + r.method()), t.get("scope." + r.scope()),
        r.overall().yes(), r.overall().no(), r.overall().neutral());
    return new Result(t.get("VOTING".equals(status) ? "space.result.running" : "space.result.final"), summary,
        r.colleges().stream().map(k -> new CollegeLine(
            t.get("contributions.college", k.name(), k.yes(), k.no(), k.neutral()),
            verdicts ? t.get(k.passed() ? "space.result.passed" : "space.result.notPassed") : null)).toList());
  }

  static Report report(Texts t, ActivityReport r) {
    int expected = 0;
    int present = 0;
    for (var a : r.attendance()) {
      expected += a.expected();
      present += a.present();
    }
    int rate = expected == 0 ? 0 : (int) Math.round(100.0 * present / expected);
    return new Report(r.year(), r.meetingsHeld(), r.plenaryMeetings(), r.groupMeetings(),
        r.attendance().stream().map(a -> new Attendance(a.name(), a.expected(), a.present(), a.ratePercent()))
            .toList(),
        new Attendance(null, expected, present, rate), r.referralsReceived(), r.selfReferralsTakenUp(),
        r.contributionsAdopted(), r.contributionsRejected(), r.contributionsSent(), r.responsesReceived(),
        r.contributions().stream().map(c -> new ReportLine(c.title(), t.get("space.status." + c.status()),
            c.changes())).toList());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
