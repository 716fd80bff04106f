package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.parvis.spi.problem.ProblemException;

/** Sign in and out of the portal through Keycloak, and the language switch. */
@Path("/")
public class AuthResource {

  @Inject PortalOidcClient oidc;
  @Inject DefaultPortalLayout layout;
  @Context HttpServletRequest request;

  @GET
  @Path("auth/login")
  public Response login(@QueryParam("return") String returnPath) {
    var login = new PendingLogin(
        Pkce.randomToken(), Pkce.randomToken(), Pkce.randomToken(), safeReturn(returnPath));
    request.getSession(true).setAttribute(PortalSession.PENDING_LOGIN, login);
    return Response.seeOther(oidc.authorization(login, callbackUri(), layout.language())).build();
  }

  @GET
  @Path("auth/callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error) {
    HttpSession session = request.getSession(false);
    PendingLogin login =
        session == null ? null : (PendingLogin) session.getAttribute(PortalSession.PENDING_LOGIN);
    if (login == null || state == null || !login.state().equals(state)) {
      throw new ProblemException(400, "urn:parvis:problem:sign-in-failed", "Sign-in failed",
          "This sign-in link has expired or was not started here; please sign in again");
    }
    session.removeAttribute(PortalSession.PENDING_LOGIN);
    if (error != null || code == null) {
      return Response.seeOther(URI.create("/")).build();
    }
    SignedIn person = oidc.exchange(code, login, callbackUri());
    request.changeSessionId();
    session.setAttribute(PortalSession.SIGNED_IN, person);
    session.removeAttribute(PortalSession.CSRF);
    return Response.seeOther(URI.create(login.returnPath())).build();
  }

  @POST
  @Path("auth/logout")
  public Response logout(@FormParam("csrf") String csrf) {
    PortalSession.requireCsrf(request, csrf);
    var person = PortalSession.signedIn(request);
    request.getSession().invalidate();
    String home = origin() + "/";
    return Response.seeOther(
            person.map(p -> oidc.logout(p.idToken(), home)).orElse(URI.create("/")))
        .build();
  }

  @GET
  @Path("lang/{language: fr|en}")
  public Response language(
      @jakarta.ws.rs.PathParam("language") String language, @QueryParam("return") String back) {
    PortalSession.chooseLanguage(request, language);
    return Response.seeOther(URI.create(safeReturn(back))).build();
  }

  private String callbackUri() {
    return origin() + "/auth/callback";
  }

  /** The origin the browser used: scheme and the Host header it sent. */
  private String origin() {
    return request.getScheme() + "://" + request.getHeader("Host");
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
