package org.parvis.core.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;

/**
 * Tells the REST API from portal pages by the resource JAX-RS matched, never by the raw URI: a
 * resource class whose {@code @Path} lies under {@code /api} is the API, which authenticates by
 * bearer tokens only; every other resource is a portal page, which may use the portal session.
 */
public final class Endpoints {

  /** Request attribute: {@link Boolean#TRUE} for the API, {@link Boolean#FALSE} for a page. */
  static final String API_ATTRIBUTE = "parvis.endpoint.api";

  private Endpoints() {}

  /** Whether resources of {@code type} belong to the API. */
  public static boolean isApi(Class<?> type) {
    Path path = type == null ? null : type.getAnnotation(Path.class);
    if (path == null) {
      return false;
    }
    String value = path.value().startsWith("/") ? path.value().substring(1) : path.value();
    return value.equals("api") || value.startsWith("api/");
  }

  /** The matched resource is a portal page (empty result: nothing matched, or the API). */
  public static boolean isPage(HttpServletRequest request) {
    return Boolean.FALSE.equals(request.getAttribute(API_ATTRIBUTE));
  }

  /**
   * Whether the portal session may identify the caller: on a matched portal page, and on the
   * error page of a path nothing matched (no resource runs, the session only fills the header).
   */
  public static boolean sessionApplies(HttpServletRequest request) {
    return isPage(request) || (unmatched(request) && !request.getRequestURI().startsWith("/api"));
  }

  /** The matched resource belongs to the API. */
  public static boolean isApi(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(API_ATTRIBUTE));
  }

  /** Nothing was matched (unknown path, wrong method or media type). */
  public static boolean unmatched(HttpServletRequest request) {
    return request.getAttribute(API_ATTRIBUTE) == null;
  }

  static void record(HttpServletRequest request, Class<?> resource) {
    request.setAttribute(API_ATTRIBUTE, isApi(resource));
  }
}
