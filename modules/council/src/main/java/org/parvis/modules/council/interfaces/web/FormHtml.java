package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

/** Plain forms of the members' space: a post with the form token, labelled fields, a button. */
final class FormHtml {

  private FormHtml() {}

  static String form(String action, String csrf, String alert, String fields, String button) {
    return "<form method=\"post\" action=\"" + e(action) + "\">" + alert
        + "<input type=\"hidden\" name=\"csrf\" value=\"" + e(csrf) + "\">" + fields
        + "<button type=\"submit\">" + e(button) + "</button></form>";
  }

  static String textarea(String id, String name, String label, String value, int rows) {
    return "<p><label for=\"" + e(id) + "\">" + e(label) + "</label><br><textarea id=\"" + e(id)
        + "\" name=\"" + e(name) + "\" rows=\"" + rows + "\" cols=\"60\" required>" + e(value)
        + "</textarea></p>";
  }

  /** A text area that may stay empty. */
  static String optionalTextarea(String id, String name, String label, String value, int rows) {
    return textarea(id, name, label, value, rows).replace(" required>", ">");
  }

  static String input(String id, String name, String type, String label, String value, String autocomplete) {
    return "<p><label for=\"" + e(id) + "\">" + e(label) + "</label><br><input type=\"" + type
        + "\" id=\"" + e(id) + "\" name=\"" + e(name) + "\" value=\"" + e(value) + "\" autocomplete=\""
        + autocomplete + "\" required></p>";
  }

  static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    (text == null ? "" : text).lines().filter(line -> !line.isBlank())
        .forEach(line -> html.append("<p>").append(e(line)).append("</p>"));
    return html.toString();
  }
}
