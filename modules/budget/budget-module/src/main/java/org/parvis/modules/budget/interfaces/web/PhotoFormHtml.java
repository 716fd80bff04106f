package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;

/**
 * A form to add a photo (or PDF) to a project: a native file input and a required alternative
 * text, both labelled, sent as {@code multipart/form-data}; usable with the keyboard alone (Tab to
 * the file button, Space or Enter to choose). {@code target} is {@code idea} (the idea's own
 * photos) or {@code works} (photos of a funded project's works); a form shown again after a
 * refusal keeps the alternative text typed.
 */
final class PhotoFormHtml {

  static final String IDEA = "idea";
  static final String WORKS = "works";

  /** What browsers may pick; the platform checks the content itself. */
  private static final String ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";

  private PhotoFormHtml() {}

  static String of(UUID edition, UUID project, String target, String altTyped, BudgetMessages m,
      String csrf) {
    String id = "photo-" + target;
    return "<form method=\"post\" enctype=\"multipart/form-data\" accept-charset=\"UTF-8\""
        + " action=\"/budget/" + edition
        + "/projects/" + project + "/photos\" id=\"" + id + "\">"
        + "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">"
        + "<input type=\"hidden\" name=\"for\" value=\"" + target + "\">"
        + "<fieldset><legend>" + escape(m.get("budget.photo.add." + target)) + "</legend>"
        + "<p><label for=\"" + id + "-file\">" + escape(m.get("budget.photo.file")) + "</label> "
        + "<input type=\"file\" id=\"" + id + "-file\" name=\"photo\" required accept=\""
        + ACCEPT + "\"></p>"
        + "<p><label for=\"" + id + "-alt\">" + escape(m.get("budget.photo.alt")) + "</label> "
        + "<input type=\"text\" id=\"" + id + "-alt\" name=\"alt\" required maxlength=\"500\""
        + " aria-describedby=\"" + id + "-alt-help\" value=\""
        + escape(altTyped == null ? "" : altTyped) + "\"></p>"
        + "<p id=\"" + id + "-alt-help\">" + escape(m.get("budget.photo.alt.help")) + "</p>"
        + "<p><button type=\"submit\">" + escape(m.get("budget.photo.submit")) + "</button></p>"
        + "</fieldset></form>";
  }
}
