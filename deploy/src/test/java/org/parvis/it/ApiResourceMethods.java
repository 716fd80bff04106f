package org.parvis.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.zip.ZipFile;

/**
 * Every REST API resource method in the built WAR, as "METHOD /path" with path parameters written
 * {@code {name}} as OpenAPI writes them: read from the WAR's jars, so that nothing deployed is
 * missed by a hand-kept list.
 */
final class ApiResourceMethods {

  private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET",
      POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH",
      HEAD.class, "HEAD");

  private ApiResourceMethods() {}

  static TreeSet<String> inWar(File war) throws IOException {
    var found = new TreeSet<String>();
    try (var zip = new ZipFile(war)) {
      for (var entry : zip.stream().filter(e -> e.getName().matches("WEB-INF/lib/parvis-.*\\.jar"))
          .toList()) {
        try (InputStream in = zip.getInputStream(entry); var jar = new JarInputStream(in)) {
          for (var e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
            if (e.getName().endsWith(".class") && !e.getName().contains("$")) {
              found.addAll(of(e.getName().replace('/', '.').replace(".class", "")));
            }
          }
        }
      }
    }
    return found;
  }

  private static List<String> of(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, ApiResourceMethods.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return List.of();
    }
    Path root = type.getAnnotation(Path.class);
    if (root == null || !normalize(root.value()).startsWith("/api")) {
      return List.of();
    }
    var methods = new java.util.ArrayList<String>();
    for (Method method : type.getMethods()) {
      VERBS.forEach((annotation, verb) -> {
        if (method.isAnnotationPresent(annotation)) {
          Path sub = method.getAnnotation(Path.class);
          String path = normalize(root.value()) + (sub == null ? "" : normalize(sub.value()));
          methods.add(verb + " " + (path.length() > 1 && path.endsWith("/")
              ? path.substring(0, path.length() - 1) : path));
        }
      });
    }
    return methods;
  }

  /** Leading slash, no trailing one, and {@code {id: regex}} (braces allowed in it) as {@code {id}}. */
  static String normalize(String path) {
    var out = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      out.append(c);
      if (c == '{') {
        int depth = 1;
        int j = i + 1;
        var name = new StringBuilder();
        boolean inName = true;
        for (; j < path.length() && depth > 0; j++) {
          char d = path.charAt(j);
          depth += d == '{' ? 1 : d == '}' ? -1 : 0;
          inName &= d != ':' && depth > 0;
          if (inName && !Character.isWhitespace(d)) {
            name.append(d);
          }
        }
        out.append(name).append('}');
        i = j - 1;
      }
    }
    String lead = out.charAt(0) == '/' ? out.toString() : "/" + out;
    return lead.endsWith("/") && lead.length() > 1 ? lead.substring(0, lead.length() - 1) : lead;
  }
}
