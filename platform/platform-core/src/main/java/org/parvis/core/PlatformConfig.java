package org.parvis.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Instance-wide settings, read from system properties or environment variables ({@code
 * parvis.platform.hosts} or {@code PARVIS_PLATFORM_HOSTS}). Nothing secret lives here.
 */
public final class PlatformConfig {

  private PlatformConfig() {}

  /** Host names that serve the platform itself (operator console), not a tenant. */
  public static Set<String> platformHosts() {
    return Set.copyOf(platformHostList());
  }

  /**
   * The platform's own origin as browsers reach it (e.g. {@code https://parvis.example.org}):
   * {@code parvis.platform.url} if set, otherwise the first platform host with the scheme and
   * port of the current request. Portal sign-ins of every tenant return there.
   */
  public static String platformOrigin(String scheme, String requestHost) {
    return value("parvis.platform.url").orElseGet(() -> {
      int colon = requestHost == null ? -1 : requestHost.lastIndexOf(':');
      String port = colon > 0 ? requestHost.substring(colon) : "";
      return scheme + "://" + platformHostList().get(0) + port;
    });
  }

  private static List<String> platformHostList() {
    return Arrays.stream(value("parvis.platform.hosts").orElse("localhost,127.0.0.1").split(","))
        .map(String::trim)
        .filter(h -> !h.isEmpty())
        .map(h -> h.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** Folder of tenant descriptors to load at start-up (the demo run sets it). */
  public static Optional<String> tenantsDirectory() {
    return value("parvis.tenants.dir");
  }

  public static Optional<String> value(String property) {
    String fromProperty = System.getProperty(property);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty);
    }
    String env =
        System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
  }
}
