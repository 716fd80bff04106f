package org.parvis.modules.council.interfaces.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * How the council's pages run their forms. The council's pages carry several forms each, often with the same
 * field names (a comment's and an amendment's {@code text}); the page is shown again with the key of the refused
 * form ({@code refused}), so that only that form shows what was typed and its messages (templates {@code
 * council/input} and {@code council/area}).
 */
final class CouncilForms {

  /** The key of "no form was refused". */
  static final String NONE = "";

  private CouncilForms() {}

  /**
   * {@link PortalViews#submit}, except that a step the council's rules refuse now (their 409 problem) is the
   * form's refusal, 422, as the council's pages have always answered; the reason is the problem's, in the
   * tenant's language.
   */
  static Response submit(PortalViews views, Form form, Function<Form, String> action, Function<Form, View> again) {
    return views.submit(form, posted -> {
      try {
        return action.apply(posted);
      } catch (ProblemException refused) {
        if (refused.status() == 409) {
          throw new ProblemException(422, refused.type(), refused.title(), refused.getMessage());
        }
        throw refused;
      }
    }, again);
  }

  /** The non-blank lines of a text, one paragraph each. */
  static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
