package org.parvis.core.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Map;
import org.parvis.spi.problem.ProblemException;

/** A request body that cannot be read as the resource expects is a 400 problem, not plain text. */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (ProcessingException | WebApplicationException e) {
      throw ProblemException.badRequest(
          "urn:parvis:problem:malformed-body",
          "The request body is not valid JSON for this resource",
          Map.of());
    }
  }
}
