package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.spi.i18n.Texts;

/**
 * The annual activity report as a page meant to be printed (or saved as PDF by the browser): the
 * portal's header, navigation and footer are left out on paper, tables keep their header on every
 * page and their rows whole, the figures per college come first on one page, and the list of
 * contributions starts on a new one.
 */
final class ReportHtml {

  /** Print rules of the report, scoped to it; the screen look is the portal's. */
  static final String PRINT_CSS = """
      <style>
      .council-report table { border-collapse: collapse; margin: 1rem 0; }
      .council-report th, .council-report td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; }
      .council-report td.number, .council-report th.number { text-align: right; }
      @media print {
        @page { size: A4; margin: 18mm 15mm; }
        .site-header, .site-footer, .skip-link, .report-actions { display: none !important; }
        body { font-size: 11pt; color: #000; background: #fff; }
        .council-report a { color: #000; text-decoration: none; }
        .council-report thead { display: table-header-group; }
        .council-report tr, .council-report .report-figures { break-inside: avoid; page-break-inside: avoid; }
        .council-report h2 { break-after: avoid; page-break-after: avoid; }
        .council-report .report-contributions { break-before: page; page-break-before: always; }
      }
      </style>""";

  private ReportHtml() {}

  static String of(Texts t, ActivityReport r) {
    StringBuilder html = new StringBuilder(PRINT_CSS).append("<div class=\"council-report\">")
        .append("<section class=\"report-figures\" aria-labelledby=\"report-attendance\"><p>")
        .append(e(t.get("report.meetings", r.meetingsHeld(), r.plenaryMeetings(), r.groupMeetings())))
        .append("</p><h2 id=\"report-attendance\">").append(e(t.get("report.attendance"))).append("</h2>")
        .append("<table><thead><tr><th scope=\"col\">").append(e(t.get("report.college")))
        .append("</th><th scope=\"col\" class=\"number\">").append(e(t.get("report.expected")))
        .append("</th><th scope=\"col\" class=\"number\">").append(e(t.get("report.present")))
        .append("</th><th scope=\"col\" class=\"number\">").append(e(t.get("report.rate")))
        .append("</th></tr></thead><tbody>");
    int expected = 0;
    int present = 0;
    for (var a : r.attendance()) {
      html.append(row(a.name(), a.expected(), a.present(), a.ratePercent()));
      expected += a.expected();
      present += a.present();
    }
    int rate = expected == 0 ? 0 : (int) Math.round(100.0 * present / expected);
    html.append("</tbody><tfoot>").append(row(t.get("report.total"), expected, present, rate))
        .append("</tfoot></table><p>")
        .append(e(t.get("report.referrals", r.referralsReceived(), r.selfReferralsTakenUp()))).append("</p><p>")
        .append(e(t.get("report.contributions", r.contributionsAdopted(), r.contributionsRejected(),
            r.contributionsSent(), r.responsesReceived()))).append("</p></section>");
    if (!r.contributions().isEmpty()) {
      html.append("<section class=\"report-contributions\" aria-labelledby=\"report-contributions\">")
          .append("<h2 id=\"report-contributions\">").append(e(t.get("report.contributions.title")))
          .append("</h2><table><thead><tr><th scope=\"col\">").append(e(t.get("report.contribution.title")))
          .append("</th><th scope=\"col\">").append(e(t.get("report.contribution.status")))
          .append("</th><th scope=\"col\">").append(e(t.get("report.contribution.changes")))
          .append("</th></tr></thead><tbody>");
      for (var c : r.contributions()) {
        html.append("<tr><th scope=\"row\">").append(e(c.title())).append("</th><td>")
            .append(e(t.get("space.status." + c.status()))).append("</td><td>").append(e(c.changes()))
            .append("</td></tr>");
      }
      html.append("</tbody></table></section>");
    }
    html.append("<p class=\"report-actions\"><a href=\"/api/council/reports/").append(r.year()).append(".csv\">")
        .append(e(t.get("report.csv"))).append("</a></p></div>");
    return html.toString();
  }

  private static String row(String name, int expected, int present, int rate) {
    return "<tr><th scope=\"row\">" + e(name) + "</th><td class=\"number\">" + expected
        + "</td><td class=\"number\">" + present + "</td><td class=\"number\">" + rate + " %</td></tr>";
  }
}
