package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.testsupport.IntegrationServices;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantFixtures;
import org.parvis.testsupport.TenantHttp;
import org.parvis.testsupport.TestIdentities;

/**
 * Walks the API's resource model (every {@code @Path} class under {@code /api} in the WAR's
 * jars) and sends each mutating endpoint that reads a body a fixed battery of hostile bodies,
 * shaped after the endpoint's own body type, as a caller holding every tenant role: malformed JSON, NUL bytes,
 * control characters, bidirectional overrides, {@code null} list elements, dates outside years
 * 1 to 9999, an 11 MB body and a wrong media type. Every answer must be a 4xx problem, and the
 * database must be exactly as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileBatteryIT {

  /** Tables that background work (tasks, outboxes, sign-ins) may change during the run. */
  private static final List<String> BACKGROUND = List.of("parvis_task_run", "parvis_mail_outbox",
      "parvis_organization_outbox", "parvis_sign_in_relay", "flyway_history");

  private static final String HUGE = "{\"title\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  record Endpoint(String method, String path, String module, Type body) {}

  @Test
  void everyMutatingApiEndpointRefusesTheBatteryAndNothingChanges() throws Exception {
    var admin = TestIdentities.person("battery-admin");
    String modules = "{\"budget\": {}, \"petitions\": {}, \"votations\": {}, \"worksites\": {},"
        + " \"council\": {}, \"pages\": {}, \"convention\": {}}";
    String commune = create("COMMUNE", "\"inseeCode\": \"38185\", \"population\": 1000,", modules, admin);
    String collective = create("COLLECTIVE", "", "{\"consent\": {}, \"pages\": {}}", admin);
    String token = admin.token();
    String operatorToken = TestIdentities.operator().token();

    List<Endpoint> endpoints = endpoints().stream().filter(e -> e.body() != null).toList();
    assertTrue(endpoints.size() > 30, "the resource model was walked: " + endpoints.size());
    Map<String, String> before = snapshot();

    int requests = 0;
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      TenantHttp http = endpoint.path().startsWith("/api/operator")
          ? TenantHttp.on("localhost").as(operatorToken)
          : TenantHttp.on(("consent".equals(endpoint.module()) ? collective : commune) + ".localhost")
              .as(token);
      for (Map.Entry<String, String[]> hostile : battery(endpoint).entrySet()) {
        var reply = http.send(endpoint.method(), endpoint.path(), hostile.getValue()[0],
            hostile.getValue()[1], "application/json");
        requests++;
        if (reply.status() < 400 || reply.status() >= 500 || !reply.isProblem()) {
          failures.add(endpoint.method() + " " + endpoint.path() + " [" + hostile.getKey() + "] -> "
              + reply.status() + " " + reply.contentType() + " "
              + reply.body().substring(0, Math.min(200, reply.body().length())));
        }
      }
    }
    Map<String, String> after = snapshot();
    System.out.printf("Hostile battery: %d mutating API endpoints, %d requests, %d failures%n",
        endpoints.size(), requests, failures.size());
    assertEquals(List.of(), failures);
    assertEquals(before, after, "the battery changed the database");
  }

  private static String create(String kind, String extra, String modules,
      TestIdentities.Account admin) {
    String slug = "battery-" + kind.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
    var reply = TenantFixtures.operatorHttp().post("/api/operator/tenants", """
        {"slug": "%s", "kind": "%s", "displayName": "Battery", %s "hosts": ["%s.localhost"],
         "defaultLocale": "fr", "modules": %s,
         "members": {"%s": ["ADMIN", "STAFF", "MODERATOR", "CITIZEN"]}}
        """.formatted(slug, kind, extra, slug, modules, admin.subject()));
    assertEquals(201, reply.status(), reply::toString);
    return slug;
  }

  /** Name → {body, content type}. Only variants the body type makes hostile are sent. */
  private static Map<String, String[]> battery(Endpoint endpoint) {
    Map<String, String[]> battery = new LinkedHashMap<>();
    String json = "application/json";
    battery.put("malformed JSON", new String[] {"{\"title\": ", json});
    battery.put("wrong media type", new String[] {"title=x", "text/plain"});
    battery.put("11 MB body", new String[] {HUGE, json});
    Type body = endpoint.body();
    for (String variant : List.of("nul", "control", "bidi", "null element", "date")) {
      Shape shape = new Shape(variant);
      String value = shape.json(body, 0);
      if (shape.hostile) {
        battery.put(variant, new String[] {value, json});
      }
    }
    return battery;
  }

  /** A JSON value for a Java type, normal everywhere except for the variant's kind of field. */
  private static final class Shape {
    final String variant;
    boolean hostile;

    Shape(String variant) {
      this.variant = variant;
    }

    String json(Type type, int depth) {
      Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
          : type instanceof Class<?> c ? c : Object.class;
      if (depth > 5) {
        return "null";
      }
      if (raw == String.class) {
        return switch (variant) {
          case "nul" -> hostile("\"a\\u0000b\"");
          case "control" -> hostile("\"a\\u001b[2Jb\"");
          case "bidi" -> hostile("\"a\\u202Eb\"");
          default -> "\"x\"";
        };
      }
      if (raw == java.time.LocalDate.class) {
        return variant.equals("date") ? hostile("\"0000-01-01\"") : "\"2026-06-01\"";
      }
      if (raw == java.time.Instant.class || raw == java.time.OffsetDateTime.class) {
        return variant.equals("date") ? hostile("\"+10000-01-01T00:00:00Z\"")
            : "\"2026-06-01T10:00:00Z\"";
      }
      if (raw == java.time.LocalDateTime.class) {
        return variant.equals("date") ? hostile("\"+10000-01-01T00:00:00\"") : "\"2026-06-01T10:00:00\"";
      }
      if (raw == java.time.LocalTime.class) {
        return "\"10:00\"";
      }
      if (raw == UUID.class) {
        return "\"" + UUID.randomUUID() + "\"";
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return "true";
      }
      if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
        return "1";
      }
      if (raw.isEnum()) {
        Object[] constants = raw.getEnumConstants();
        return constants.length == 0 ? "null" : "\"" + ((Enum<?>) constants[0]).name() + "\"";
      }
      if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)
          || java.util.Collection.class.isAssignableFrom(raw)) {
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
        String one = json(element, depth + 1);
        return variant.equals("null element") ? hostile("[" + one + ", null]") : "[" + one + "]";
      }
      if (Map.class.isAssignableFrom(raw)) {
        Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : String.class;
        return "{\"key\": " + json(value, depth + 1) + "}";
      }
      if (raw.isRecord()) {
        StringBuilder out = new StringBuilder("{");
        for (RecordComponent component : raw.getRecordComponents()) {
          out.append(out.length() > 1 ? ", " : "").append('"').append(component.getName())
              .append("\": ").append(json(component.getGenericType(), depth + 1));
        }
        return out.append('}').toString();
      }
      return "{}";
    }

    private String hostile(String value) {
      hostile = true;
      return value;
    }
  }

  /** Every mutating method of every API resource class in the WAR's jars. */
  private static List<Endpoint> endpoints() throws Exception {
    List<Endpoint> endpoints = new ArrayList<>();
    for (String className : parvisClasses()) {
      Class<?> type;
      try {
        type = Class.forName(className, false, HostileBatteryIT.class.getClassLoader());
      } catch (Throwable e) {
        continue;
      }
      Path root = type.getAnnotation(Path.class);
      if (root == null || !root.value().replaceFirst("^/", "").startsWith("api")) {
        continue;
      }
      ModuleEndpoint module = type.getAnnotation(ModuleEndpoint.class);
      Method[] methods;
      try {
        methods = type.getDeclaredMethods();
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot walk the resource " + className, e);
      }
      for (Method method : methods) {
        String verb = method.isAnnotationPresent(POST.class) ? "POST"
            : method.isAnnotationPresent(PUT.class) ? "PUT"
            : method.isAnnotationPresent(PATCH.class) ? "PATCH"
            : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = "/" + (root.value() + (sub == null ? "" : "/" + sub.value()))
            .replaceAll("/+", "/").replaceFirst("^/", "");
        Type body = null;
        for (Parameter parameter : method.getParameters()) {
          if (parameter.getAnnotations().length == 0) {
            body = parameter.getParameterizedType();
          }
        }
        endpoints.add(new Endpoint(verb, fill(path), module == null ? null : module.value(), body));
      }
    }
    return endpoints;
  }

  /** Path parameters filled with values of the right form that name nothing. */
  private static String fill(String template) {
    return template.replaceAll("\\{[^}]*}", UUID.randomUUID().toString()).replaceAll("/$", "");
  }

  private static List<String> parvisClasses() throws Exception {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      if (file.isDirectory()) {
        try (Stream<java.nio.file.Path> walk = Files.walk(file.toPath())) {
          walk.map(p -> file.toPath().relativize(p).toString())
              .filter(n -> n.startsWith("org/parvis/") && n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(n.replace('/', '.').replace(".class", "")));
        }
      } else if (file.getName().startsWith("parvis-") && file.getName().endsWith(".jar")) {
        try (JarFile jar = new JarFile(file)) {
          jar.stream().map(e -> e.getName())
              .filter(n -> n.startsWith("org/parvis/") && n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(n.replace('/', '.').replace(".class", "")));
        }
      }
    }
    return names;
  }

  /** A digest of every table's rows (as the superuser, whom row-level security does not hide). */
  private static Map<String, String> snapshot() throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (var connection = IntegrationServices.database().superuserConnection();
        var statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (var result = statement.executeQuery(
          "select tablename from pg_tables where schemaname = 'public'")) {
        while (result.next()) {
          tables.add(result.getString(1));
        }
      }
      for (String table : tables) {
        if (BACKGROUND.stream().anyMatch(table::startsWith)) {
          continue;
        }
        try (var result = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text,"
            + " '|' order by t::text), '')) from \"" + table + "\" t")) {
          result.next();
          digests.put(table, result.getLong(1) + ":" + result.getString(2));
        }
      }
    }
    return digests;
  }
}
