package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.spi.problem.ProblemException;

/**
 * The project page's discussion: the idea's supports and a button to support it, its comments and
 * a comment form, and forms to report the idea or a comment to moderators. Native forms and
 * buttons; each report form sits in a {@code <details>} (Enter or Space on its summary opens it).
 * A form shown again after a refusal keeps the text typed (and its {@code <details>} open).
 */
final class DiscussionHtml {

  /** The form names, sent back in {@code Typed#form()} when a form is refused. */
  static final String COMMENT = "comment";
  static final String REPORT_IDEA = "report-idea";
  static final String SUPPORT = "support";

  private DiscussionHtml() {}

  /** What someone typed in a refused form: which form, and its text. */
  record Typed(String form, String text) {
    static final Typed NOTHING = new Typed(null, null);

    String in(String name) {
      return name.equals(form) && text != null ? text : "";
    }
  }

  static String of(UUID edition, UUID idea, int supports, List<Comment> comments,
      boolean signedIn, Typed typed, BudgetMessages m, String csrf) {
    String action = "/budget/" + edition + "/projects/" + idea;
    StringBuilder html = new StringBuilder("<section id=\"discussion\"><h2>")
        .append(escape(m.get("budget.discussion.title"))).append("</h2>");
    html.append("<p id=\"supports\">").append(escape(m.get("budget.supports", supports)))
        .append("</p>");
    if (signedIn) {
      html.append("<form method=\"post\" action=\"").append(action).append("/supports\">")
          .append(token(csrf)).append("<button type=\"submit\" aria-describedby=\"supports\">")
          .append(escape(m.get("budget.support.submit"))).append("</button></form>");
      html.append(reportForm(action, REPORT_IDEA, null, "budget.report.idea", typed, m, csrf));
    } else {
      html.append("<p>").append(escape(m.get("budget.discussion.signIn"))).append("</p>");
    }
    html.append("<h3 id=\"comments\">").append(escape(m.get("budget.comments"))).append("</h3>");
    if (comments.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.comments.none"))).append("</p>");
    } else {
      html.append("<ul aria-labelledby=\"comments\">");
      for (Comment c : comments) {
        html.append("<li>");
        if (c.hidden()) {
          html.append("<p>").append(escape(m.get("budget.comment.hidden", c.hiddenReason())))
              .append("</p>");
        } else {
          html.append("<p>").append(escape(c.body())).append("</p>");
          if (signedIn) {
            html.append(reportForm(action, reportName(c.id()), c.id(), "budget.report.comment",
                typed, m, csrf));
          }
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    if (signedIn) {
      html.append("<form method=\"post\" action=\"").append(action).append("/comments\">")
          .append(token(csrf))
          .append("<p><label for=\"comment-body\">").append(escape(m.get("budget.comment.body")))
          .append("</label><br><textarea id=\"comment-body\" name=\"body\" rows=\"4\" cols=\"60\"")
          .append(" required maxlength=\"5000\">").append(escape(typed.in(COMMENT)))
          .append("</textarea></p><p><button type=\"submit\">")
          .append(escape(m.get("budget.comment.submit"))).append("</button></p></form>");
    }
    return html.append("</section>").toString();
  }

  /** The name of the form reporting a comment. */
  static String reportName(UUID comment) {
    return "report-" + comment;
  }

  private static String reportForm(String action, String name, UUID comment, String summaryKey,
      Typed typed, BudgetMessages m, String csrf) {
    String field = name + "-reason";
    return "<details" + (name.equals(typed.form()) ? " open" : "") + "><summary>"
        + escape(m.get(summaryKey)) + "</summary>"
        + "<form method=\"post\" action=\"" + action + "/reports\">" + token(csrf)
        + (comment == null ? "" : "<input type=\"hidden\" name=\"comment\" value=\"" + comment
            + "\">")
        + "<p><label for=\"" + field + "\">" + escape(m.get("budget.report.reason"))
        + "</label><br><textarea id=\"" + field + "\" name=\"reason\" rows=\"3\" cols=\"60\""
        + " required maxlength=\"2000\">" + escape(typed.in(name)) + "</textarea></p>"
        + "<p><button type=\"submit\">" + escape(m.get("budget.report.submit"))
        + "</button></p></form></details>";
  }

  private static String token(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }

  /** Why a support, comment or report was refused, in the reader's language. */
  static Refusal refusal(ProblemException refused, BudgetMessages m) {
    String type = refused.type() == null ? "" : refused.type();
    String reason = switch (refused.status()) {
      case 401, 403 -> "signIn";
      case 400, 422 -> "empty";
      case 404 -> "gone";
      case 409 -> type.endsWith("already-supported") ? "alreadySupported"
          : type.endsWith("already-reported") ? "alreadyReported"
          : type.endsWith("idea-closed") ? "closed" : "other";
      default -> "other";
    };
    return Refusal.of(m.get("budget.discussion.refused",
        m.get("budget.discussion.refused." + reason)));
  }
}
