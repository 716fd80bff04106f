package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;

/**
 * The administrators' edition forms: creating an edition, and moving its calendar. Every field
 * is labelled; optional limits say so, and the districts' line format is described.
 */
final class EditionFormHtml {

  private EditionFormHtml() {}

  /** The creation form ({@code POST /budget/administration}), filled with {@code typed}. */
  static String creation(Map<String, String> typed, BudgetMessages m, String csrf, ZoneId zone) {
    StringBuilder html = new StringBuilder("<h2 id=\"new-edition\">")
        .append(escape(m.get("budget.admin.create"))).append("</h2>")
        .append("<form method=\"post\" action=\"/budget/administration\">").append(token(csrf))
        .append(input("edition", "title", "text", m.get("budget.admin.title"), typed,
            " required maxlength=\"200\""));
    html.append("<fieldset><legend>").append(escape(m.get("budget.admin.group.envelopes")))
        .append("</legend>")
        .append(input("edition", "cityName", "text", m.get("budget.admin.cityName"), typed,
            " maxlength=\"120\""))
        .append(input("edition", "cityAmount", "number", m.get("budget.admin.cityAmount"), typed,
            " min=\"0\" step=\"1\""))
        .append("<p><label for=\"edition-districts\">")
        .append(escape(m.get("budget.admin.districts"))).append("</label><br><textarea id=\"")
        .append("edition-districts\" name=\"districts\" rows=\"4\" cols=\"40\"")
        .append(" aria-describedby=\"edition-districts-help\">")
        .append(escape(typed.getOrDefault("districts", ""))).append("</textarea><br><span")
        .append(" id=\"edition-districts-help\">").append(escape(m.get("budget.admin.districts.help")))
        .append("</span></p></fieldset>");
    html.append("<fieldset><legend>").append(escape(m.get("budget.admin.group.ballot")))
        .append("</legend>");
    for (BallotKind kind : BallotKind.values()) {
      String id = "edition-kind-" + kind;
      html.append("<p><input type=\"radio\" id=\"").append(id).append("\" name=\"kind\" value=\"")
          .append(kind).append("\" required")
          .append(kind.name().equals(typed.get("kind")) ? " checked" : "").append("> <label for=\"")
          .append(id).append("\">").append(escape(m.get("budget.admin.kind." + kind)))
          .append("</label></p>");
    }
    html.append(input("edition", "maxChoices", "number", m.get("budget.admin.maxChoices"), typed,
            " min=\"1\" max=\"1000\" step=\"1\""))
        .append(input("edition", "minChoices", "number", m.get("budget.admin.minChoices"), typed,
            " min=\"1\" max=\"1000\" step=\"1\""))
        .append(input("edition", "minSpentPercent", "number",
            m.get("budget.admin.minSpentPercent"), typed, " min=\"0\" max=\"100\" step=\"1\""))
        .append(input("edition", "points", "number", m.get("budget.admin.points"), typed,
            " min=\"1\" max=\"1000000\" step=\"1\""))
        .append("</fieldset>");
    html.append("<fieldset><legend>").append(escape(m.get("budget.admin.group.allocationRule")))
        .append("</legend>")
        .append(select("allocationRule", m.get("budget.admin.allocationRule"),
            AllocationRules.NAMES, typed, m))
        .append(select("mesUtility", m.get("budget.admin.mesUtility"), Edition.MES_UTILITIES,
            typed, m))
        .append(select("mesCompletion", m.get("budget.admin.mesCompletion"),
            Edition.MES_COMPLETIONS, typed, m))
        .append("</fieldset>");
    html.append(calendarFields("edition", typed, m, zone))
        .append("<p><button type=\"submit\">").append(escape(m.get("budget.admin.create.submit")))
        .append("</button></p></form>");
    return html.toString();
  }

  /** The Pabulib import form ({@code POST /budget/administration/pabulib}, multipart). */
  static String pabulib(Map<String, String> typed, BudgetMessages m, String csrf) {
    StringBuilder html = new StringBuilder("<h2 id=\"pabulib\">")
        .append(escape(m.get("budget.admin.pabulib"))).append("</h2>")
        .append("<form method=\"post\" action=\"/budget/administration/pabulib\"")
        .append(" enctype=\"multipart/form-data\">").append(token(csrf))
        .append("<p><label for=\"pabulib-file\">").append(escape(m.get("budget.admin.pabulib.file")))
        .append("</label> <input type=\"file\" id=\"pabulib-file\" name=\"file\"")
        .append(" accept=\".pb,text/plain\" required></p>")
        .append("<p><label for=\"pabulib-rule\">").append(escape(m.get("budget.admin.allocationRule")))
        .append("</label> <select id=\"pabulib-rule\" name=\"rule\"><option value=\"\">")
        .append(escape(m.get("budget.admin.pabulib.fileRule"))).append("</option>");
    for (String rule : AllocationRules.NAMES) {
      html.append("<option value=\"").append(escape(rule)).append("\"")
          .append(rule.equals(typed.get("pabulibRule")) ? " selected" : "").append(">")
          .append(escape(m.get("budget.admin.allocationRule." + rule))).append("</option>");
    }
    return html.append("</select></p><p><button type=\"submit\">")
        .append(escape(m.get("budget.admin.pabulib.submit"))).append("</button></p></form>")
        .toString();
  }

  /** The calendar form of an edition ({@code POST /budget/administration/{e}/calendar}). */
  static String schedule(UUID edition, Map<String, String> typed, BudgetMessages m, String csrf,
      ZoneId zone) {
    return "<h2>" + escape(m.get("budget.calendar")) + "</h2><form method=\"post\" action=\""
        + "/budget/administration/" + edition + "/calendar\">" + token(csrf)
        + calendarFields("schedule", typed, m, zone) + "<p><button type=\"submit\">"
        + escape(m.get("budget.admin.schedule.submit")) + "</button></p></form>";
  }

  private static String calendarFields(String form, Map<String, String> typed, BudgetMessages m,
      ZoneId zone) {
    StringBuilder html = new StringBuilder("<fieldset aria-describedby=\"").append(form)
        .append("-calendar-help\"><legend>").append(escape(m.get("budget.admin.group.calendar")))
        .append("</legend><p id=\"").append(form).append("-calendar-help\">")
        .append(escape(m.get("budget.admin.calendar.help", zone.getId()))).append("</p>");
    for (String field : EditionForm.DATES) {
      html.append(input(form, field, "date", m.get("budget.admin.date." + field), typed,
          " required"));
    }
    return html.append("</fieldset>").toString();
  }

  private static String input(String form, String field, String type, String label,
      Map<String, String> typed, String attributes) {
    String id = form + "-" + field;
    return "<p><label for=\"" + id + "\">" + escape(label) + "</label> <input type=\"" + type
        + "\" id=\"" + id + "\" name=\"" + field + "\" value=\""
        + escape(typed.getOrDefault(field, "")) + "\"" + attributes + "></p>";
  }

  private static String select(String field, String label, List<String> values,
      Map<String, String> typed, BudgetMessages m) {
    String id = "edition-" + field;
    StringBuilder html = new StringBuilder("<p><label for=\"").append(id).append("\">")
        .append(escape(label)).append("</label> <select id=\"").append(id).append("\" name=\"")
        .append(field).append("\">");
    for (String value : values) {
      html.append("<option value=\"").append(escape(value)).append("\"")
          .append(value.equals(typed.get(field)) ? " selected" : "").append(">")
          .append(escape(m.get("budget.admin." + field + "." + value))).append("</option>");
    }
    return html.append("</select></p>").toString();
  }

  static String token(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }
}
