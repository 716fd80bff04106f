package org.parvis.core.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parvis.spi.problem.ProblemException;

/**
 * What the portal keeps in the HTTP session of one host: the signed-in person, the CSRF token of
 * its forms, the chosen language, and the state of a sign-in in progress. API calls never use it: they carry
 * bearer tokens.
 */
public final class PortalSession {

  static final String SIGNED_IN = "parvis.signedIn";
  static final String CSRF = "parvis.csrf";
  static final String LANGUAGE = "parvis.lang";
  static final String PENDING_LOGIN = "parvis.pendingLogin";

  private PortalSession() {}

  public static Optional<SignedIn> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedIn) session.getAttribute(SIGNED_IN));
  }

  /** The CSRF token to put in this session's forms. */
  public static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    String token = (String) session.getAttribute(CSRF);
    if (token == null) {
      token = Pkce.randomToken();
      session.setAttribute(CSRF, token);
    }
    return token;
  }

  /** Refuses a form post whose token does not match the session's (cross-site forgery). */
  public static void requireCsrf(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(CSRF);
    if (expected == null
        || submitted == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
      throw ProblemException.forbidden("This form has expired; reload the page and try again");
    }
  }

  public static Optional<String> language(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(LANGUAGE));
  }

  static void chooseLanguage(HttpServletRequest request, String language) {
    request.getSession(true).setAttribute(LANGUAGE, language);
  }
}
