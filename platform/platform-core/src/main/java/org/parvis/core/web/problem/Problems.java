package org.parvis.core.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.problem.ProblemException;

/** Writes RFC 9457 problem documents. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  private Problems() {}

  public static Response response(ProblemException problem, String instance) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(PROBLEM_JSON).entity(json(problem, instance));
    if (problem.status() == 401) {
      builder.header("WWW-Authenticate", "Bearer");
    }
    return builder.build();
  }

  public static String json(ProblemException problem, String instance) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.getMessage() != null) {
      body.add("detail", problem.getMessage());
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    problem.extensions().forEach((key, value) -> body.add(key, toJson(value)));
    return body.build().toString();
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    if (value instanceof Collection<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(toJson(v)));
      return array.build();
    }
    if (value instanceof LocalizedText text) {
      return Json.createObjectBuilder().add("fr", text.fr()).add("en", text.en()).build();
    }
    if (value instanceof Number number) {
      return Json.createValue(number.longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    return Json.createValue(String.valueOf(value));
  }
}
