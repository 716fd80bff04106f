package org.parvis.core.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.core.portal.DefaultPortalLayout;
import org.parvis.core.portal.PortalTemplates;
import org.parvis.core.web.rest.Endpoints;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;

/**
 * One answer per problem, in the caller's terms: {@code application/problem+json} for the API,
 * and for portal pages a sign-in redirect (401) or an accessible error page with the same status.
 */
@RequestScoped
public class ErrorResponses {

  private static final String GENERIC_TYPE = "about:blank";
  private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

  @Inject HttpServletRequest request;
  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;

  public Response of(ProblemException problem) {
    String path = request.getRequestURI();
    log(problem, path);
    if (!isPage(path)) {
      return Problems.response(problem, path);
    }
    if (problem.status() == 401) {
      return Response.seeOther(URI.create(
          "/auth/login?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8))).build();
    }
    var m = layout.messages();
    String main = templates.render("message", Map.of(
        "text", pageText(problem),
        "link", "/", "linkText", m.get("error.back")));
    return layout.page(problem.status(), m.get("error.title"), main);
  }

  /**
   * What the page says: a plain refusal of access is said in the page's language (its detail names
   * role codes, for the API's clients); other problems keep their detail.
   */
  private String pageText(ProblemException problem) {
    if (problem.status() == 403 && GENERIC_TYPE.equals(problem.type())) {
      return Texts.of("messages.forms", Locale.forLanguageTag(layout.language())).get("problem.403");
    }
    return problem.getMessage() == null ? problem.title() : problem.getMessage();
  }

  /**
   * One line per problem and no stack trace: a client's mistake (4xx) at FINE, so that a flood of
   * bad requests cannot flood the log; a deliberate 5xx (e.g. a missing key) at WARNING.
   * Unexpected failures are logged with their stack trace and incident id by {@link
   * UnexpectedExceptionMapper}.
   */
  private static void log(ProblemException problem, String path) {
    Level level = problem.status() >= 500 ? Level.WARNING : Level.FINE;
    if (LOG.isLoggable(level)) {
      LOG.log(level, "{0} {1} on {2}: {3}",
          new Object[] {problem.status(), problem.type(), path, problem.getMessage()});
    }
  }

  /**
   * A page answer for a matched portal page; when nothing was matched (unknown path), for
   * browsers that ask for HTML outside {@code /api}. The matched API always gets a problem.
   */
  private boolean isPage(String path) {
    if (Endpoints.isApi(request)) {
      return false;
    }
    String accept = request.getHeader("Accept");
    boolean wantsHtml = accept != null && accept.contains("text/html");
    return wantsHtml && (Endpoints.isPage(request) || !path.startsWith("/api"));
  }
}
