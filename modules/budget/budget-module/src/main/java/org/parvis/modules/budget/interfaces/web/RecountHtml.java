package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Recount;
import org.parvis.spi.i18n.LocalTimes;

/** The administration page's recount: the form (a required public reason) and the past recounts. */
final class RecountHtml {

  private RecountHtml() {}

  static String of(UUID edition, List<Recount> recounts, String typedReason, BudgetMessages m,
      String csrf, ZoneId zone) {
    StringBuilder html = new StringBuilder("<section aria-labelledby=\"recount-heading\">")
        .append("<h2 id=\"recount-heading\">").append(escape(m.get("budget.admin.recount")))
        .append("</h2><form method=\"post\" action=\"/budget/administration/").append(edition)
        .append("/results/recount\">").append(EditionFormHtml.token(csrf))
        .append("<p id=\"recount-help\">").append(escape(m.get("budget.admin.recount.help")))
        .append("</p><p><label for=\"recount-reason\">")
        .append(escape(m.get("budget.admin.recount.reason")))
        .append("</label><br><textarea id=\"recount-reason\" name=\"reason\" rows=\"3\" cols=\"60\"")
        .append(" maxlength=\"2000\" required aria-describedby=\"recount-help\">")
        .append(escape(typedReason)).append("</textarea></p><p><button type=\"submit\">")
        .append(escape(m.get("budget.admin.recount.submit"))).append("</button></p></form>");
    if (recounts.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.admin.recounts.none"))).append("</p>");
    } else {
      html.append("<table id=\"recounts\"><caption>").append(escape(m.get("budget.admin.recounts")))
          .append("</caption><thead><tr>");
      for (String column : List.of("when", "who", "why", "fundedChanged")) {
        html.append("<th scope=\"col\">").append(escape(m.get("budget.admin.recounts." + column)))
            .append("</th>");
      }
      html.append("</tr></thead><tbody>");
      for (Recount r : recounts) {
        html.append("<tr><th scope=\"row\">")
            .append(LocalTimes.dateTimeHtml(r.recountedAt(), zone, m.locale())).append("</th><td>")
            .append(escape(r.requestedBy())).append("</td><td>").append(escape(r.reason()))
            .append("</td><td>").append(escape(m.get(r.fundedChanged() ? "budget.yes" : "budget.no")))
            .append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    return html.append("</section>").toString();
  }
}
