package org.parvis.modules.consent.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalViews;

/**
 * Who may see the consent pages, with the API's rules: signed-in members of the tenant (a visitor is sent to sign
 * in); members see their circles, administrators all of them. A refusal (403, 404) is a page in the visitor's
 * language.
 */
@RequestScoped
public class ConsentAccess {

  @Inject Caller caller;
  @Inject PortalViews views;

  /** The visitor's subject; 401 (sign in) for a visitor, 403 for someone who is not a member of the tenant. */
  public String subject() {
    String subject = caller.subject()
        .orElseThrow(() -> ProblemException.unauthorized("Sign in to take part in the circles"));
    if (caller.tenantRoles().isEmpty()) {
      throw ProblemException.forbidden("Only members of this collective take part in its circles");
    }
    return subject;
  }

  public boolean administrator() {
    return caller.tenantRoles().contains(TenantRole.ADMIN);
  }

  /** The visitor's subject, when they administer the tenant; 403 otherwise. */
  public String administratorSubject() {
    String subject = subject();
    if (!administrator()) {
      throw ProblemException.forbidden("Only the tenant's administrators manage circles");
    }
    return subject;
  }

  public Texts texts() {
    return Texts.of("messages.consent", views.locale());
  }

  /** The page {@code page} builds, or the refusal page when it is forbidden (403) or not found (404). */
  public Response guarded(Supplier<Response> page) {
    try {
      return page.get();
    } catch (ProblemException problem) {
      if (problem.status() != 403 && problem.status() != 404) {
        throw problem;
      }
      Texts t = texts();
      return views.page("consent/refused", t.get("refused.title." + problem.status()))
          .with("message", t.get("refused." + problem.status())).status(problem.status()).response();
    }
  }
}
