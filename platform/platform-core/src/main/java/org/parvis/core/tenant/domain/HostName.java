package org.parvis.core.tenant.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Host names as tenants are looked up by: lower case, no port, no trailing dot. */
public final class HostName {

  private static final Pattern VALID =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  private HostName() {}

  /** Normalises a {@code Host} header value; empty when it is not a valid DNS host name. */
  public static Optional<String> normalize(String hostHeader) {
    if (hostHeader == null) {
      return Optional.empty();
    }
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return Optional.empty();
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return VALID.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }
}
