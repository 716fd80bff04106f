package org.parvis.modules.convention.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.parvis.spi.problem.ProblemException;

/**
 * The portal session's anti-forgery token, shared with the platform's own forms: the same session
 * attribute ({@code parvis.csrf}), so that one token serves every form of the page. The SPI has no
 * accessor for it yet; this is the one place that knows the attribute's name.
 */
final class FormToken {

  private static final String ATTRIBUTE = "parvis.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    String token = (String) session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return token;
  }

  static void require(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    if (expected == null || submitted == null || !MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
      throw ProblemException.forbidden("This form has expired; reload the page and try again");
    }
  }
}
