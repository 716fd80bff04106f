package org.parvis.core.web.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parvis.spi.problem.ProblemException;

/** Turns JAX-RS' own errors (unknown path, wrong method, unreadable body) into problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ErrorResponses errors;
  @Inject HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status < 400) {
      return original;
    }
    if (status == 415) {
      return errors.of(unsupportedMediaType());
    }
    String detail =
        status >= 500 ? "The server could not handle this request" : clientDetail(exception);
    var problem =
        new ProblemException(
            status, "about:blank", original.getStatusInfo().getReasonPhrase(), detail);
    return errors.of(problem);
  }

  /** 415 naming what is accepted: JSON on the API, HTML forms on portal pages. */
  private ProblemException unsupportedMediaType() {
    List<String> accepted = request.getRequestURI().startsWith("/api/")
        ? List.of(MediaType.APPLICATION_JSON)
        : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);
    return new ProblemException(415, "urn:parvis:problem:unsupported-media-type",
        "Unsupported Media Type",
        "Send the body as " + String.join(" or ", accepted), Map.of("accepted", accepted));
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
