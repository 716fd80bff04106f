package org.parvis.core.portal;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.tenant.application.TenantSnapshot;
import org.parvis.core.tenant.interfaces.web.TenantResolutionFilter;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/** The portal frame: branding, navigation of enabled modules, account menu, language switch. */
@RequestScoped
public class DefaultPortalLayout implements PortalLayout {

  @Inject HttpServletRequest request;
  @Inject PortalTemplates templates;
  @Inject ModuleAdministration modules;
  @Inject Caller caller;

  @Override
  public String language() {
    return PortalSession.language(request).orElseGet(() -> tenant() == null
        ? "fr" : tenant().ref().locale().getLanguage());
  }

  public Map<String, String> messages() {
    return Messages.of(language());
  }

  @Override
  public String formToken() {
    return PortalSession.csrfToken(request);
  }

  @Override
  public Response page(String title, String mainHtml) {
    return page(200, title, mainHtml);
  }

  @Override
  public Response page(int status, String title, String mainHtml) {
    Map<String, Object> data = new HashMap<>();
    TenantSnapshot tenant = tenant();
    String lang = language();
    data.put("lang", lang);
    data.put("m", messages());
    data.put("title", title);
    data.put("main", new RawString(mainHtml));
    data.put("brand", tenant == null ? "Parvis" : tenant.brandingName());
    data.put("primary", tenant == null || tenant.primaryColor() == null ? "#1f3a5f" : tenant.primaryColor());
    data.put("primaryText", contrastingText(tenant == null ? null : tenant.primaryColor()));
    data.put("logo", tenant == null ? null : tenant.logoUrl());
    data.put("nav", tenant == null ? List.of() : navigation(lang));
    data.put("user", PortalSession.signedIn(request).orElse(null));
    data.put("isAdmin", caller.tenantRoles().stream().anyMatch(
        role -> role == TenantRole.ADMIN || role == TenantRole.STAFF || role == TenantRole.MODERATOR));
    data.put("isOperator", tenant == null && caller.isOperator());
    data.put("csrf", new Object() { // only the signed-in sign-out form renders it: no session otherwise
      @Override public String toString() { return PortalSession.csrfToken(request); }
    });
    data.put("path", request.getRequestURI());
    data.put("onTenant", tenant != null);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Language", lang)
        .entity(templates.render("layout", data))
        .build();
  }

  public TenantSnapshot tenant() {
    return (TenantSnapshot) request.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
  }

  private List<NavLink> navigation(String lang) {
    List<NavLink> links = new ArrayList<>();
    for (ModuleState state : modules.list()) {
      if (state.enabled()) {
        state.module().navigation().forEach(
            entry -> links.add(new NavLink(entry.label().in(java.util.Locale.forLanguageTag(lang)), entry.path())));
      }
    }
    return links;
  }

  /** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
  static String contrastingText(String hex) {
    if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
      return "#ffffff";
    }
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** A navigation link. */
  public record NavLink(String label, String path) {}
}
