package org.parvis.core.web.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.parvis.core.PlatformConfig;
import org.parvis.core.tenant.domain.HostName;

/**
 * The origin a browser reached Parvis at, for redirects and sign-in relays: the normalized host
 * name (never the raw {@code Host} header), with the scheme and port configured for the public
 * side ({@code parvis.public.scheme} / {@code parvis.public.port}, e.g. https and 443 behind a
 * proxy), else those the server saw for this request (which WildFly's proxy-address-forwarding
 * takes from a proxy when it is turned on). Default ports are left out.
 */
public final class PublicOrigin {

  private PublicOrigin() {}

  /** This request's origin; empty when its host is not a valid host name. */
  public static Optional<String> of(HttpServletRequest request) {
    return HostName.normalize(request.getHeader("Host"))
        .map(host -> origin(scheme(request), host, port(request)));
  }

  /** The origin of {@code host} with the scheme and port of this request's public side. */
  public static String forHost(HttpServletRequest request, String host) {
    return origin(scheme(request), host, port(request));
  }

  static String origin(String scheme, String host, int port) {
    boolean defaultPort = port <= 0 || (scheme.equals("https") && port == 443)
        || (scheme.equals("http") && port == 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static String scheme(HttpServletRequest request) {
    String scheme = PlatformConfig.value("parvis.public.scheme").orElse(request.getScheme())
        .toLowerCase(Locale.ROOT);
    return scheme.equals("https") ? "https" : "http";
  }

  private static int port(HttpServletRequest request) {
    return PlatformConfig.value("parvis.public.port").map(Integer::parseInt)
        .orElse(request.getServerPort());
  }
}
