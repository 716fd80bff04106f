package org.parvis.core.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parvis.spi.problem.ProblemException;

/** Turns JAX-RS' own errors (unknown path, wrong method, unreadable body) into problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ErrorResponses errors;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status < 400) {
      return original;
    }
    String detail =
        status >= 500 ? "The server could not handle this request" : clientDetail(exception);
    var problem =
        new ProblemException(
            status, "about:blank", original.getStatusInfo().getReasonPhrase(), detail);
    return errors.of(problem);
  }

  private static String clientDetail(WebApplicationException exception) {
    Throwable cause = exception.getCause();
    if (cause != null && cause.getClass().getName().contains("Json")) {
      return "The request body is not valid JSON for this resource";
    }
    return switch (exception.getResponse().getStatus()) {
      case 404 -> "No resource at this address";
      case 405 -> "This method is not allowed here";
      case 406 -> "No acceptable representation";
      case 415 -> "Unsupported media type; send application/json";
      default -> "The request could not be processed";
    };
  }
}
