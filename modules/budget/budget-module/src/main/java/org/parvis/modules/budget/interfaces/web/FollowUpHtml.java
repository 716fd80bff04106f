package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.ResultsCalculation.EditionResults;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.modules.budget.application.WorksFollowUp.Report;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.Photo;
import org.parvis.modules.budget.domain.WorksStatus;
import org.parvis.spi.i18n.LocalTimes;

/** The follow-up of funded projects: a list under the results, and a section on a project page. */
final class FollowUpHtml {

  private FollowUpHtml() {}

  /** The funded projects of the published results, with their status and progress. */
  static String list(EditionResults results, Map<UUID, FollowUp> followUps, BudgetMessages m) {
    StringBuilder html = new StringBuilder("<section><h2>")
        .append(escape(m.get("budget.followUp"))).append("</h2>");
    List<ProjectResult> funded = results.envelopes().stream()
        .flatMap(e -> e.projects().stream())
        .filter(ProjectResult::funded)
        .toList();
    if (funded.isEmpty()) {
      return html.append("<p>").append(escape(m.get("budget.followUp.none")))
          .append("</p></section>").toString();
    }
    html.append("<ul>");
    for (ProjectResult p : funded) {
      FollowUp f = followUps.get(p.id());
      WorksStatus status = f == null ? WorksStatus.PLANNED : f.status();
      int progress = f == null ? 0 : f.progress();
      html.append("<li data-status=\"").append(status).append("\"><a href=\"/budget/")
          .append(results.edition().id()).append("/projects/").append(p.id()).append("\">")
          .append(escape(p.title())).append("</a> — ")
          .append(escape(m.get("budget.followUp.status." + status))).append(" — ")
          .append(progress(progress, m)).append("</li>");
    }
    return html.append("</ul></section>").toString();
  }

  /** A funded project's status, progress, milestones and photos of the works. */
  static String section(Report report, BudgetMessages m) {
    FollowUp f = report.followUp();
    StringBuilder html = new StringBuilder("<section><h2>")
        .append(escape(m.get("budget.followUp"))).append("</h2><p data-status=\"")
        .append(f.status()).append("\">")
        .append(escape(m.get("budget.followUp.status." + f.status()))).append("</p><p>")
        .append(progress(f.progress(), m)).append("</p>");
    if (f.abandonReason() != null) {
      html.append("<p>").append(escape(m.get("budget.followUp.abandoned", f.abandonReason())))
          .append("</p>");
    }
    html.append("<h3>").append(escape(m.get("budget.followUp.milestones"))).append("</h3>");
    if (report.milestones().isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.followUp.noMilestones"))).append("</p>");
    } else {
      html.append("<ol>");
      for (Milestone milestone : report.milestones()) {
        html.append("<li>").append(escape(milestone.title())).append(" — ")
            .append(TimedText.of(day -> m.get("budget.followUp.planned", day),
                LocalTimes.dayHtml(milestone.plannedOn(), m.locale())));
        if (milestone.reachedOn() != null) {
          html.append(", ").append(TimedText.of(day -> m.get("budget.followUp.reached", day),
              LocalTimes.dayHtml(milestone.reachedOn(), m.locale())));
        }
        html.append("</li>");
      }
      html.append("</ol>");
    }
    html.append(photos(report.photos(), m.get("budget.followUp.photos")));
    return html.append("</section>").toString();
  }

  /** Photos as figures with their alternative text; other files as links named by it. */
  static String photos(List<Photo> photos, String heading) {
    if (photos.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<h3>").append(escape(heading)).append("</h3>");
    for (Photo photo : photos) {
      if (photo.contentType().startsWith("image/")) {
        html.append("<figure><img src=\"").append(photo.url()).append("\" alt=\"")
            .append(escape(photo.altText())).append("\" loading=\"lazy\"></figure>");
      } else {
        html.append("<p><a href=\"").append(photo.url()).append("\">")
            .append(escape(photo.altText())).append("</a></p>");
      }
    }
    return html.toString();
  }

  private static String progress(int percent, BudgetMessages m) {
    String label = escape(m.get("budget.followUp.progress", percent));
    return "<progress max=\"100\" value=\"" + percent + "\" aria-label=\"" + label + "\">" + percent
        + " %</progress> " + label;
  }
}
