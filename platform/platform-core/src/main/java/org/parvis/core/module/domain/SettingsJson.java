package org.parvis.core.module.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Stores settings as a flat JSON object of strings. */
final class SettingsJson {

  private SettingsJson() {}

  static String write(Map<String, String> values) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    new TreeMap<>(values).forEach(builder::add);
    return builder.build().toString();
  }

  static Map<String, String> read(String json) {
    Map<String, String> values = new TreeMap<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
    }
    return values;
  }
}
