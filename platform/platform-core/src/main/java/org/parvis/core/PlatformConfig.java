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
   * The platform's own host name as browsers reach it: the host of {@code parvis.platform.url}
   * if set, otherwise the first platform host. Portal sign-ins of every tenant return there.
   */
  public static Optional<String> platformUrl() {
    return value("parvis.platform.url");
  }

  /** The Keycloak realm Parvis trusts ({@code parvis.oidc.provider-url}), without a trailing slash. */
  public static String realmUrl() {
    return value("parvis.oidc.provider-url")
        .orElse("http://localhost:8180/realms/parvis")
        .replaceAll("/+$", "");
  }

  /** The first platform host, where sign-ins return when no platform URL is configured. */
  public static String firstPlatformHost() {
    return platformHostList().get(0);
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
