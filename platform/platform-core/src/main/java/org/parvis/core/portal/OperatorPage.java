package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.core.web.rest.OperatorOnly;

/** The operator console: the tenants of this instance. */
@Path("/operator")
@OperatorOnly
@Produces(MediaType.TEXT_HTML)
public class OperatorPage {

  private static final int PAGE_SIZE = 200;

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject TenantAdministration tenants;
  @Context HttpServletRequest request;

  @GET
  public Response list() {
    var m = layout.messages();
    String host = request.getHeader("Host");
    String port = host != null && host.contains(":") ? host.substring(host.indexOf(':')) : "";
    return layout.page(m.get("operator.title"), templates.render("operator", Map.of(
        "m", m, "tenants", tenants.page(0, PAGE_SIZE), "port", port)));
  }
}
