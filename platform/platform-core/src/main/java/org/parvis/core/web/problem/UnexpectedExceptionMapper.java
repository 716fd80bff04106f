package org.parvis.core.web.problem;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.parvis.spi.problem.ProblemException;

/**
 * Last resort: anything unexpected becomes a 500 problem with an incident id to quote, never a
 * stack trace. Problems wrapped by the container (e.g. in a rollback) are unwrapped first.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject ErrorResponses errors;
  @Inject HttpServletRequest request;

  @Override
  public Response toResponse(Throwable exception) {
    String path = request.getRequestURI();
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return errors.of(problem);
      }
      if (t instanceof OptimisticLockException) {
        return errors.of(ProblemException.conflict(
                "urn:parvis:problem:concurrent-update",
                "Someone else changed this at the same time; reload and try again"));
      }
      if (t.getClass().getName().startsWith("jakarta.json")) {
        return errors.of(ProblemException.badRequest(
                "urn:parvis:problem:malformed-body",
                "The request body is not valid JSON for this resource",
                java.util.Map.of()));
      }
    }
    String incident = UUID.randomUUID().toString();
    MDC.put("incident", incident); // the JSON log's mdc.incident, beside mdc.tenant
    try {
      LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, exception);
    } finally {
      MDC.remove("incident");
    }
    return errors.of(new ProblemException(
            500,
            "urn:parvis:problem:internal",
            "Internal Server Error",
            "Something went wrong on our side; quote incident " + incident));
  }
}
