package org.parvis.spi.web;

import jakarta.ws.rs.core.Response;

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

  /** The visitor's language for this request: {@code fr} or {@code en}. */
  String language();

  /**
   * The visitor's anti-forgery token, to put in a hidden {@code csrf} field of every form that
   * changes something (one token per portal session, shared with the platform's own forms).
   */
  String formToken();

  /**
   * Refuses a form post whose {@code csrf} field does not carry the session's token.
   *
   * @throws org.parvis.spi.problem.ProblemException 403 when it does not
   */
  void requireFormToken(String submitted);
}
