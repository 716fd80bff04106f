package org.parvis.core.tenant.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.parvis.core.PlatformConfig;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.core.tenant.application.TenantDirectory;
import org.parvis.core.tenant.application.TenantSnapshot;
import org.parvis.core.tenant.domain.HostName;

/**
 * Resolves every request to its tenant by the {@code Host} header and binds it for the length of
 * the request. Platform hosts (operator console) bind no tenant; an unknown host gets 404, a
 * suspended tenant 503, as a page for browsers and as a problem for the API. Declared in the
 * WAR's web.xml so that it runs first.
 */

public class TenantResolutionFilter extends HttpFilter {

  public static final String TENANT_ATTRIBUTE = "parvis.tenant";

  private final Set<String> platformHosts = PlatformConfig.platformHosts();

  @Inject TenantDirectory directory;
  @Inject HostErrorPages errorPages;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> host = HostName.normalize(request.getHeader("Host"));
    if (host.isPresent() && platformHosts.contains(host.get())) {
      try (var ignored = TenantContext.bind(null)) {
        chain.doFilter(request, response);
      }
      return;
    }
    Optional<TenantSnapshot> tenant = host.flatMap(HostName::tenantHost).flatMap(directory::byHost);
    if (tenant.isEmpty()) {
      errorPages.unknownHost(request, response, host.orElse("?"));
      return;
    }
    if (!tenant.get().active()) {
      errorPages.suspended(request, response, tenant.get());
      return;
    }
    request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
    try (var ignored = TenantContext.bind(tenant.get().ref())) {
      chain.doFilter(request, response);
    }
  }
}
