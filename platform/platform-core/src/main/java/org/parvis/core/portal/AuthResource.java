package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parvis.core.PlatformConfig;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.core.tenant.application.TenantDirectory;
import org.parvis.core.tenant.domain.HostName;
import org.parvis.core.web.edge.PublicOrigin;
import org.parvis.spi.problem.ProblemException;

/**
 * Sign in and out of the portal through Keycloak, and the language switch.
 *
 * <p>Every sign-in returns to the platform host, the one redirect URI Keycloak knows, however
 * many tenants there are: the tenant host starts it ({@code /auth/login}), the platform host
 * receives the code and exchanges it ({@code /auth/callback}), and hands the browser back to the
 * tenant host with a one-time ticket ({@code /auth/ticket}) that only the browser which started
 * the sign-in can redeem.
 */
@Path("/")
public class AuthResource {

  @Inject org.parvis.core.identity.application.Invitations invitations;
  @Inject PortalOidcClient oidc;
  @Inject SignInRelays relays;
  @Inject TenantDirectory directory;
  @Inject DefaultPortalLayout layout;
  @Context HttpServletRequest request;

  @GET
  @Path("auth/login")
  public Response login(@QueryParam("return") String returnPath) {
    PendingLogin login = relays.start(origin(), safeReturn(returnPath));
    request.getSession(true).setAttribute(PortalSession.PENDING_LOGIN, login.state());
    return Response.seeOther(oidc.authorization(login, callbackUri(), layout.language())).build();
  }

  @GET
  @Path("auth/callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error) {
    if (TenantContext.current().isPresent()) {
      throw ProblemException.notFound("Sign-ins return to the platform host");
    }
    SignInRelay relay = (state == null ? null : relays.open(state).orElse(null));
    if (relay == null) {
      throw SignInRelays.expired();
    }
    if (error != null || code == null) {
      return Response.seeOther(URI.create(relay.tenantOrigin() + "/")).build();
    }
    SignedIn person = oidc.exchange(code, relay.pending(), callbackUri());
    String ticket = relays.complete(state, person);
    return Response.seeOther(URI.create(relay.tenantOrigin() + "/auth/ticket?ticket="
        + URLEncoder.encode(ticket, StandardCharsets.UTF_8))).build();
  }

  @GET
  @Path("auth/ticket")
  public Response ticket(@QueryParam("ticket") String ticket) {
    HttpSession session = request.getSession(false);
    String state = session == null ? null : (String) session.getAttribute(PortalSession.PENDING_LOGIN);
    if (ticket == null || state == null) {
      throw SignInRelays.expired();
    }
    session.removeAttribute(PortalSession.PENDING_LOGIN);
    SignInRelay relay = relays.redeem(ticket, state, origin()).orElseThrow(SignInRelays::expired);
    request.changeSessionId();
    session.setAttribute(PortalSession.SIGNED_IN, relay.signedIn());
    session.removeAttribute(PortalSession.CSRF);
    if (TenantContext.current().isPresent()) {
      acceptInvitations(relay.signedIn().subject());
    }
    return Response.seeOther(URI.create(relay.pending().returnPath())).build();
  }

  /** A first sign-in to this tenant accepts the account's pending invitations here; never fails the sign-in. */
  private void acceptInvitations(String subject) {
    try {
      invitations.signedIn(subject);
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(AuthResource.class.getName())
          .warning(() -> "Invitations of a signed-in account not marked accepted: " + e);
    }
  }

  @POST
  @Path("auth/logout")
  public Response logout() {
    var person = PortalSession.signedIn(request);
    request.getSession().invalidate();
    String back = platformOrigin() + "/auth/signed-out?to="
        + URLEncoder.encode(origin(), StandardCharsets.UTF_8);
    return Response.seeOther(
            person.map(p -> oidc.logout(p.idToken(), back)).orElse(URI.create("/")))
        .build();
  }

  /** After Keycloak's sign-out: back to the host the person signed out from, if it is ours. */
  @GET
  @Path("auth/signed-out")
  public Response signedOut(@QueryParam("to") String to) {
    return Response.seeOther(URI.create(isOurOrigin(to) ? to + "/" : "/")).build();
  }

  @GET
  @Path("lang/{language: fr|en}")
  public Response language(@PathParam("language") String language, @QueryParam("return") String back) {
    PortalSession.chooseLanguage(request, language);
    return Response.seeOther(URI.create(safeReturn(back))).build();
  }

  private String callbackUri() {
    return platformOrigin() + "/auth/callback";
  }

  /** {@code parvis.platform.url}, else the first platform host on this request's public side. */
  private String platformOrigin() {
    return PlatformConfig.platformUrl()
        .orElseGet(() -> PublicOrigin.forHost(request, PlatformConfig.firstPlatformHost()));
  }

  /** The origin the browser used, from the normalized host (resolved by then). */
  private String origin() {
    return PublicOrigin.of(request).orElseThrow(() -> ProblemException.notFound("Unknown host"));
  }

  private boolean isOurOrigin(String origin) {
    if (origin == null || !(origin.startsWith("http://") || origin.startsWith("https://"))) {
      return false;
    }
    URI uri;
    try {
      uri = URI.create(origin);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null) {
      return false;
    }
    return HostName.normalize(uri.getHost())
        .filter(host -> PlatformConfig.platformHosts().contains(host)
            || directory.byHost(host).isPresent())
        .isPresent();
  }

  /** Only local paths: never an open redirect to another site. */
  static String safeReturn(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
        || path.contains("\r") || path.contains("\n")) {
      return "/";
    }
    return path;
  }
}
