package org.parvis.core.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parvis.spi.problem.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(ProblemException problem) {
    Response response = errors.of(problem);
    if (problem.extensions().get(ProblemException.RETRY_AFTER) instanceof Number seconds) {
      return Response.fromResponse(response).header("Retry-After", seconds.longValue()).build();
    }
    return response;
  }
}
