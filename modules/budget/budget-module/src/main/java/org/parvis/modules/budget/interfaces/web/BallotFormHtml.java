package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;

/**
 * The ballot form: one fieldset whose legend is the envelope and whose description is the rules
 * in plain words; one labelled native checkbox (or number input, for cumulative ballots) per
 * project; the total of the selection in an {@code output} announced politely. Keyboard use is
 * the browser's own (Tab, Space, arrows); no custom widget. A refused ballot comes back with its
 * choices kept and the refusal, an alert, focused and describing the fieldset.
 */
final class BallotFormHtml {

  private BallotFormHtml() {}

  static String of(Edition edition, Envelope envelope, List<Idea> projects, Map<UUID, Long> chosen,
      BudgetMessages m, String closedKey, String verifyKey, String noticeKey, Refusal refusal,
      String csrf) {
    return of(edition, envelope, projects, chosen, m, closedKey, verifyKey, noticeKey, refusal,
        csrf, "/budget/" + edition.id() + "/ballot", "");
  }

  /**
   * The same form posted to {@code action}, with {@code fieldsHtml} (already escaped) before the
   * choices: staff's paper ballot entry adds the paper's reference.
   */
  static String of(Edition edition, Envelope envelope, List<Idea> projects, Map<UUID, Long> chosen,
      BudgetMessages m, String closedKey, String verifyKey, String noticeKey, Refusal refusal,
      String csrf, String action, String fieldsHtml) {
    boolean cumulative = edition.rules().kind() == BallotKind.CUMULATIVE;
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refusal != null) {
      // Focused on arrival (autofocus on a tabindex=-1 element): the keyboard user starts from the
      // refusal, and the next Tab leads into the ballot to correct it.
      html.append("<p role=\"alert\" id=\"ballot-error\" tabindex=\"-1\" autofocus");
      if (refusal.rule() != null) {
        html.append(" data-rule=\"").append(escape(refusal.rule())).append('"');
      }
      html.append('>').append(escape(refusal.text())).append("</p>");
    }
    if (closedKey != null) {
      html.append("<p>").append(escape(m.get(closedKey))).append("</p>");
    } else if (verifyKey != null) {
      html.append("<p>").append(escape(m.get(verifyKey))).append("</p>");
    }
    long chosenTotal = 0;
    html.append("<form method=\"post\" action=\"").append(action)
        .append("\" id=\"ballot\" data-kind=\"").append(edition.rules().kind())
        .append("\" data-limit=\"").append(cumulative ? edition.rules().totalPoints() : envelope.amount())
        .append("\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">")
        .append("<input type=\"hidden\" name=\"envelope\" value=\"").append(envelope.id()).append("\">")
        .append(fieldsHtml)
        .append("<fieldset aria-describedby=\"ballot-rules")
        .append(refusal != null ? " ballot-error" : "").append("\"><legend>").append(escape(envelope.name()))
        .append(" — ").append(escape(m.get("budget.amount", envelope.amount()))).append("</legend>")
        .append("<p id=\"ballot-rules\">").append(escape(m.rules(edition.rules(), envelope.amount())))
        .append("</p>");
    for (Idea p : projects) {
      String field = (cumulative ? "points-" : "project-") + p.id();
      long value = chosen.getOrDefault(p.id(), 0L);
      String label = p.title() + " — " + m.get("budget.cost", p.finalCost());
      html.append("<p>");
      if (cumulative) {
        chosenTotal += value;
        html.append("<label for=\"").append(field).append("\">")
            .append(escape(m.get("budget.ballot.points", p.title()))).append(" (")
            .append(escape(m.get("budget.cost", p.finalCost()))).append(")</label> ")
            .append("<input type=\"number\" min=\"0\" step=\"1\" inputmode=\"numeric\" id=\"")
            .append(field).append("\" name=\"").append(field).append("\" value=\"").append(value)
            .append("\" data-weight=\"1\">");
      } else {
        if (value > 0) {
          chosenTotal += p.finalCost();
        }
        html.append("<input type=\"checkbox\" id=\"").append(field).append("\" name=\"").append(field)
            .append("\" value=\"on\" data-weight=\"").append(p.finalCost()).append("\"")
            .append(value > 0 ? " checked" : "").append("> <label for=\"").append(field).append("\">")
            .append(escape(label)).append("</label>");
      }
      html.append("</p>");
    }
    html.append("<p>").append(escape(m.get("budget.ballot.total"))).append(" : ")
        .append("<output id=\"ballot-total\" for=\"ballot\" aria-live=\"polite\">").append(chosenTotal)
        .append("</output>").append(cumulative ? "" : " €").append("</p>")
        .append("</fieldset><p>").append(escape(m.get("budget.ballot.change"))).append("</p>")
        .append("<button type=\"submit\"").append(closedKey != null ? " disabled" : "").append(">")
        .append(escape(m.get("budget.ballot.submit"))).append("</button></form>")
        .append(SCRIPT);
    return html.toString();
  }

  /**
   * Keeps the total up to date while the voter ticks or types; the form works without it. A file,
   * not an inline script: the content security policy allows scripts from the site only.
   */
  private static final String SCRIPT = "<script src=\"/assets/budget-ballot.js\"></script>";
}
