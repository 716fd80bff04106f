package org.parvis.core.tenant.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host names as tenants are looked up by: lower case, no port, no trailing dot. Parsing is
 * strict: a {@code Host} header is a DNS name, optionally followed by {@code :} and a port of
 * digits, and nothing else ({@code evil.localhost:8080/x} is refused, not trimmed). An IP
 * literal is a valid host (platform hosts may be one) but never a tenant's.
 */
public final class HostName {

  private static final Pattern HOST_AND_PORT = Pattern.compile("([^:]*)(?::([0-9]{1,5}))?");
  private static final Pattern VALID =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){0,3}");

  private HostName() {}

  /** Normalises a {@code Host} header value; empty when it is not a valid DNS host name. */
  public static Optional<String> normalize(String hostHeader) {
    if (hostHeader == null) {
      return Optional.empty();
    }
    Matcher parts = HOST_AND_PORT.matcher(hostHeader.trim().toLowerCase(Locale.ROOT));
    if (!parts.matches()) {
      return Optional.empty();
    }
    if (parts.group(2) != null) {
      int port = Integer.parseInt(parts.group(2));
      if (port < 1 || port > 65535) {
        return Optional.empty();
      }
    }
    String host = parts.group(1);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return VALID.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

  /**
   * A host name a tenant may be served at: a valid DNS name that is not an IP address (all
   * digits and dots, as browsers read them).
   */
  public static Optional<String> tenantHost(String hostHeader) {
    return normalize(hostHeader).filter(host -> !IPV4.matcher(host).matches());
  }

  /** Why a host name cannot serve a tenant. */
  public enum Refusal {
    /** Not a lower-case DNS name (after trimming and lower-casing). */
    INVALID,
    /** An IP address (v4, or anything with a colon or brackets, as IPv6 literals have). */
    IP_ADDRESS,
    /** One of the platform's own hosts, where the operator console lives. */
    PLATFORM_HOST
  }

  /**
   * Why {@code typed} cannot be a tenant's host name, or empty when it can (its normalized form is then {@link
   * #tenantHost}). A port is not part of a tenant's host name.
   */
  public static Optional<Refusal> refusalAsTenantHost(String typed, Set<String> platformHosts) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (text.startsWith("[") || text.chars().filter(c -> c == ':').count() > 1 || IPV4.matcher(text).matches()) {
      return Optional.of(Refusal.IP_ADDRESS);
    }
    if (text.contains(":")) {
      return Optional.of(Refusal.INVALID);
    }
    Optional<String> host = normalize(text);
    if (host.isEmpty() || !host.get().equals(text.endsWith(".") ? text.substring(0, text.length() - 1) : text)) {
      return Optional.of(Refusal.INVALID);
    }
    if (IPV4.matcher(host.get()).matches()) {
      return Optional.of(Refusal.IP_ADDRESS);
    }
    if (platformHosts.contains(host.get())) {
      return Optional.of(Refusal.PLATFORM_HOST);
    }
    return Optional.empty();
  }
}
