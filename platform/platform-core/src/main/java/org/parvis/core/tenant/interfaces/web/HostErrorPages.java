package org.parvis.core.tenant.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parvis.core.tenant.application.TenantSnapshot;
import org.parvis.spi.web.Html;
import org.parvis.core.web.problem.Problems;
import org.parvis.spi.problem.ProblemException;

/** The answers for hosts that serve no tenant, or a suspended one. */
@ApplicationScoped
public class HostErrorPages {

  void unknownHost(HttpServletRequest request, HttpServletResponse response, String host)
      throws IOException {
    String accept = request.getHeader("Accept-Language");
    Locale locale = accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH : Locale.FRENCH;
    ResourceBundle messages = ResourceBundle.getBundle("messages.platform", locale);
    write(
        request,
        response,
        locale,
        new ProblemException(
            404,
            "urn:parvis:problem:unknown-host",
            "Unknown host",
            "No participation portal is served at " + host),
        messages.getString("host.unknown.title"),
        messages.getString("host.unknown.text").formatted(host));
  }

  void suspended(HttpServletRequest request, HttpServletResponse response, TenantSnapshot tenant)
      throws IOException {
    Locale locale = tenant.ref().locale();
    ResourceBundle messages = ResourceBundle.getBundle("messages.platform", locale);
    response.setHeader("Retry-After", "86400");
    write(
        request,
        response,
        locale,
        new ProblemException(
            503,
            "urn:parvis:problem:tenant-suspended",
            "Portal suspended",
            "The portal of " + tenant.ref().displayName() + " is suspended"),
        messages.getString("tenant.suspended.title"),
        messages.getString("tenant.suspended.text").formatted(tenant.ref().displayName()));
  }

  private static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      ProblemException problem,
      String title,
      String text)
      throws IOException {
    response.setStatus(problem.status());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsJson(request)) {
      response.setContentType(Problems.MEDIA_TYPE);
      response.getWriter().write(Problems.json(problem, request.getRequestURI()));
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title></head><body><main>"
                + "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text) + "</p>"
                + "</main></body></html>");
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return request.getRequestURI().startsWith("/api/")
        || (accept != null && accept.contains("json") && !accept.contains("text/html"));
  }
}
