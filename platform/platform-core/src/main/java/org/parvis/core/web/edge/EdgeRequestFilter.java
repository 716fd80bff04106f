package org.parvis.core.web.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parvis.core.web.problem.Problems;
import org.parvis.spi.problem.ProblemException;

/**
 * The first check of every request, before tenant resolution: an ambiguous path or an unsafe
 * query is a 400 problem, a body announced over {@link #MAX_BODY_BYTES} a 413 problem, before
 * anything reads or routes them ({@link RequestTargets}). Declared in the WAR's web.xml.
 */
public class EdgeRequestFilter extends HttpFilter {

  /** The largest request body accepted: 10 MiB, the size of the largest attachment. */
  public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    Optional<ProblemException> refusal = refusal(request);
    if (refusal.isPresent()) {
      response.setStatus(refusal.get().status());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(Problems.MEDIA_TYPE);
      response.getWriter().write(Problems.json(refusal.get(), null));
      return;
    }
    chain.doFilter(request, response);
  }

  static Optional<ProblemException> refusal(HttpServletRequest request) {
    Optional<String> target = RequestTargets.pathProblem(request.getRequestURI())
        .or(() -> RequestTargets.queryProblem(request.getQueryString()));
    if (target.isPresent()) {
      return Optional.of(new ProblemException(400, "urn:parvis:problem:ambiguous-request",
          "Bad Request", "Refused: " + target.get()));
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return Optional.of(tooLarge());
    }
    return Optional.empty();
  }

  /** The 413 problem for a body over {@link #MAX_BODY_BYTES}. */
  public static ProblemException tooLarge() {
    return new ProblemException(413, "urn:parvis:problem:body-too-large", "Content Too Large",
        "The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
  }
}
