package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.Envelope;

/**
 * The form to submit an idea: native labelled fields (envelope, title, description, category,
 * estimated cost, optional map point), the same limits as the API's. A refused form comes back
 * with what was typed and the refusal, an alert, focused.
 */
final class IdeaFormHtml {

  private IdeaFormHtml() {}

  static String of(UUID edition, List<Envelope> envelopes, Map<String, String> typed,
      Refusal refusal, BudgetMessages m, String csrf) {
    StringBuilder html = new StringBuilder();
    if (refusal != null) {
      html.append("<p role=\"alert\" id=\"idea-error\" tabindex=\"-1\" autofocus>")
          .append(escape(refusal.text())).append("</p>");
    }
    html.append("<form method=\"post\" action=\"/budget/").append(edition)
        .append("/ideas\" id=\"idea\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">")
        .append("<p><label for=\"idea-envelope\">").append(escape(m.get("budget.idea.envelope")))
        .append("</label> <select id=\"idea-envelope\" name=\"envelope\" required>");
    for (Envelope envelope : envelopes) {
      String id = envelope.id().toString();
      html.append("<option value=\"").append(id).append('"')
          .append(id.equals(typed.get("envelope")) ? " selected" : "").append('>')
          .append(escape(envelope.name())).append("</option>");
    }
    html.append("</select></p>");
    input(html, "title", "text", " required maxlength=\"200\"", typed, m);
    html.append("<p><label for=\"idea-description\">")
        .append(escape(m.get("budget.idea.description"))).append("</label><br>")
        .append("<textarea id=\"idea-description\" name=\"description\" required")
        .append(" maxlength=\"20000\" rows=\"6\">").append(escape(value(typed, "description")))
        .append("</textarea></p>");
    input(html, "category", "text", " required maxlength=\"80\"", typed, m);
    input(html, "estimatedCost", "number", " required min=\"0\" step=\"1\" inputmode=\"numeric\"",
        typed, m);
    html.append("<fieldset><legend>").append(escape(m.get("budget.idea.place")))
        .append("</legend>");
    input(html, "latitude", "number", " min=\"-90\" max=\"90\" step=\"any\"", typed, m);
    input(html, "longitude", "number", " min=\"-180\" max=\"180\" step=\"any\"", typed, m);
    html.append("</fieldset><p><button type=\"submit\">")
        .append(escape(m.get("budget.idea.submit"))).append("</button></p></form>");
    return html.toString();
  }

  private static void input(StringBuilder html, String name, String type, String attributes,
      Map<String, String> typed, BudgetMessages m) {
    html.append("<p><label for=\"idea-").append(name).append("\">")
        .append(escape(m.get("budget.idea." + name))).append("</label> <input type=\"")
        .append(type).append("\" id=\"idea-").append(name).append("\" name=\"").append(name)
        .append('"').append(attributes).append(" value=\"").append(escape(value(typed, name)))
        .append("\"></p>");
  }

  private static String value(Map<String, String> typed, String name) {
    return typed.getOrDefault(name, "");
  }
}
