package org.parvis.core.web.problem;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.parvis.core.web.rest.Endpoints;
import org.parvis.spi.problem.ProblemException;

/**
 * The API answers every error as {@code application/problem+json}, including the few that
 * RESTEasy writes itself without consulting exception mappers (e.g. an unreadable JSON body).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ProblemResponseFilter implements ContainerResponseFilter {

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getRequestUri().getPath();
    boolean api = Endpoints.isApi(servletRequest)
        || (Endpoints.unmatched(servletRequest) && path.startsWith("/api"));
    if (response.getStatus() < 400 || !api
        || Problems.PROBLEM_JSON.isCompatible(response.getMediaType())) {
      return;
    }
    int status = response.getStatus();
    var problem = new ProblemException(status, "about:blank",
        Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
            ? "Internal Server Error" : reason(status),
        status == 400
            ? "The request could not be read: send valid JSON of the documented shape"
            : "The request could not be processed");
    response.setEntity(Problems.json(problem, path), null, Problems.PROBLEM_JSON);
  }

  private static String reason(int status) {
    var known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
