package org.parvis.core.ratelimit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address of the current request's client, as the servlet container sees it (behind
 * a proxy, the one the container's proxy settings give).
 */
@RequestScoped
public class ClientAddress {

  @Inject HttpServletRequest request;

  public String value() {
    String address = request.getRemoteAddr();
    return address == null ? "unknown" : address;
  }
}
