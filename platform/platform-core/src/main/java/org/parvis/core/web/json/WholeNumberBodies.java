package org.parvis.core.web.json;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.parvis.spi.problem.ProblemException;

/**
 * One check for the whole JSON API, before JSON-B binds a body: a number that its target field
 * cannot hold exactly (a fraction in a whole-number field, or out of its range) is a 400
 * problem naming the field ({@link WholeNumberFields}), where JSON-B would store {@code 1.5} as
 * {@code 1}. A body that is not JSON is left to JSON-B, which refuses it as before.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class WholeNumberBodies implements ReaderInterceptor {

  public static final String TYPE = "urn:parvis:problem:invalid-number";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType media = context.getMediaType();
    if (media == null || !isJson(media) || WholeTypes.isPlatformType(context.getType())
        && !java.util.Collection.class.isAssignableFrom(context.getType())
        && !java.util.Map.class.isAssignableFrom(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    JsonValue json = parse(new ByteArrayInputStream(body));
    if (json != null) {
      WholeNumberFields.check(json, context.getGenericType()).ifPresent(refusal -> {
        throw ProblemException.invalidField(TYPE, refusal.field(), refusal.message());
      });
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType media) {
    return media.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || media.getSubtype().endsWith("+json");
  }

  private static JsonValue parse(InputStream body) {
    try (JsonReader reader = Json.createReader(body)) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }
}
