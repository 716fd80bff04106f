package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.parvis.core.mail.application.DeadLetters;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.core.web.rest.OperatorOnly;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;

/** The operator console: the tenants of this instance, and the mail that could not be sent. */
@Path("/operator")
@OperatorOnly
@Produces(MediaType.TEXT_HTML)
public class OperatorPage {

  private static final int PAGE_SIZE = 200;
  private static final int DEAD_LETTERS_SHOWN = 200;

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject TenantAdministration tenants;
  @Inject DeadLetters deadLetters;
  @Context HttpServletRequest request;

  @GET
  public Response list(@jakarta.ws.rs.QueryParam("q") String query) {
    var m = layout.messages();
    String host = request.getHeader("Host");
    String port = host != null && host.contains(":") ? host.substring(host.indexOf(':')) : "";
    Texts t = Texts.of("messages.operator", Locale.forLanguageTag(layout.language()));
    List<Row> rows = tenants.search(query, PAGE_SIZE).stream().map(tenant -> new Row(tenant.slug(),
        tenant.displayName(), t.get("kind." + tenant.kind().name()),
        t.get("status." + tenant.status().name()), tenant.hosts().stream().sorted().toList())).toList();
    return layout.page(m.get("operator.title"), templates.render("operator", Map.of(
        "m", m, "tenants", rows, "port", port,
        "query", query == null ? "" : query,
        "deadLetters", deadLetters.list(DEAD_LETTERS_SHOWN), "csrf", layout.formToken())));
  }

  /** A tenant in the console's list, in the operator's language. */
  public record Row(String slug, String displayName, String kind, String status, List<String> hosts) {}

  /** Sends a dead letter again from its first attempt (e.g. once its address was corrected). */
  @POST
  @Path("mail/{id}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response retry(@PathParam("id") UUID id) {
    return done(deadLetters.retry(id));
  }

  @POST
  @Path("mail/{id}/discard")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response discard(@PathParam("id") UUID id) {
    return done(deadLetters.discard(id));
  }

  private static Response done(boolean found) {
    if (!found) {
      throw ProblemException.notFound("No such undelivered mail");
    }
    return Response.seeOther(URI.create("/operator#dead-letters")).build();
  }
}
