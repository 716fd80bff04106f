package org.parvis.spi.web;

import jakarta.ws.rs.core.Response;
import org.parvis.spi.problem.ProblemException;

/**
 * The tenant portal's page frame — branding, navigation, sign-in state, language — around a
 * module's own content. Injectable.
 */
public interface PortalLayout {

  /**
   * A complete, accessible HTML page.
   *
   * @param title the page title, plain text (escaped here)
   * @param mainHtml the page's main content: markup the module built, every user-provided text
   *     already escaped with {@link Html#escape}
   */
  Response page(String title, String mainHtml);

  /** The same page answered with another status, e.g. a form shown again with its refusal. */
  Response page(int status, String title, String mainHtml);

  /**
   * The status of a page that shows a refused form again: the problem's own, except 422 for an
   * invalid field — RESTEasy escapes the whole HTML body of a 400 response, which would show the
   * page as text.
   */
  default int refusalStatus(ProblemException refused) {
    return refused.status() == 400 ? 422 : refused.status();
  }

  /** The visitor's language for this request: {@code fr} or {@code en}. */
  String language();

  /**
   * The visitor's anti-forgery token, to put in a hidden {@code csrf} field of every form that
   * changes something (one token per portal session, shared with the platform's own forms). The
   * platform checks it on every portal post ({@code FormTokenFilter}); no page checks it itself.
   */
  String formToken();
}
