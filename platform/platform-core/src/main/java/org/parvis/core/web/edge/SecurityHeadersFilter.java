package org.parvis.core.web.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: a content security policy without inline scripts that no
 * other site may frame, {@code nosniff}, a same-origin referrer policy, and over https (as the
 * server sees it: WildFly's {@code proxy-address-forwarding} decides whether a proxy's {@code
 * X-Forwarded-Proto} counts) Strict-Transport-Security. Responses that set their own policy
 * (files served with a sandbox) keep it. Declared first in the WAR's web.xml.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * Scripts, styles, fonts and connections from the page's own origin only, never inline
   * scripts; images also over https (a tenant's logo may live on its own site); never framed.
   * Inline styles are still allowed: the layout carries the tenant's brand colours in a {@code
   * <style>} element (to drop {@code 'unsafe-inline'}, the layout must move them to a style
   * sheet or carry a nonce). {@code form-action} is left open: signing out posts a form that
   * ends at Keycloak.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; object-src 'none'; "
      + "base-uri 'self'; frame-ancestors 'none'";

  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
