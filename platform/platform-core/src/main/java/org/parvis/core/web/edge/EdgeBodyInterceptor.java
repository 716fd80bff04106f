package org.parvis.core.web.edge;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.parvis.spi.problem.ProblemException;

/**
 * Reads every JSON and form body once, before its resource does: a body over {@link
 * EdgeRequestFilter#MAX_BODY_BYTES} is a 413 problem (even without a Content-Length), and a
 * body with characters or {@code null} elements the platform refuses ({@link JsonBodyRules},
 * {@link FormBodyRules}) a 400 problem naming each field.
 */
@Provider
public class EdgeBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    MediaType type = context.getMediaType();
    boolean json = type != null && (type.getSubtype().equals("json")
        || type.getSubtype().endsWith("+json"));
    boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    if (!json && !form) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), EdgeRequestFilter.MAX_BODY_BYTES);
    List<Map<String, String>> errors =
        json ? JsonBodyRules.violations(body) : FormBodyRules.violations(body);
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(
          "urn:parvis:problem:invalid-text", "Invalid request", errors);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] body = in.readNBytes((int) limit + 1);
    if (body.length > limit) {
      throw EdgeRequestFilter.tooLarge();
    }
    return body;
  }
}
