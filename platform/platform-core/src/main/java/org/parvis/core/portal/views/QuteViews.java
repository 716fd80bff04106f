package org.parvis.core.portal.views;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.parvis.core.portal.DefaultPortalLayout;
import org.parvis.core.portal.PortalSession;
import org.parvis.core.portal.PortalTemplates;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.FormRefusal;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** Module pages rendered from their Qute templates inside the portal frame. */
@RequestScoped
public class QuteViews implements PortalViews {

  @Inject PortalTemplates templates;
  @Inject DefaultPortalLayout layout;
  @Inject HttpServletRequest request;
  @Inject Caller caller;

  @Override
  public View page(String template, String title) {
    return new QuteView(this, template, title);
  }

  @Override
  public Response seeOther(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("Not a path on this host: " + path);
    }
    return Response.seeOther(URI.create(path)).build();
  }

  @Override
  public Response submit(Form form, Function<Form, String> action, Function<Form, View> again) {
    try {
      String next = action.apply(form);
      form.requireValid();
      return seeOther(next);
    } catch (FormRefusal refused) {
      return again.apply(form).form(form).status(422).response();
    } catch (ProblemException refused) {
      if (refused.status() == 401 || refused.status() == 404) {
        throw refused;
      }
      form.refuse(refused);
      int status = refused.status() == 400 ? 422 : refused.status();
      return again.apply(form).form(form).status(status).response();
    }
  }

  @Override
  public Locale locale() {
    return Locale.forLanguageTag(layout.language());
  }

  Response render(String template, String title, int status, Form form, java.util.Map<String, Object> data) {
    PageModel model = PageModel.of(template, locale(), zone(), form, visitor(),
        () -> PortalSession.csrfToken(request)).with(data);
    String main = templates.render(template, model.data(), model.attributes());
    return layout.page(status, title, main);
  }

  private ZoneId zone() {
    var tenant = layout.tenant();
    return tenant == null ? ZoneId.of("Europe/Paris") : tenant.ref().zone();
  }

  private Visitor visitor() {
    if (caller.subject().isEmpty()) {
      return Visitor.ANONYMOUS;
    }
    String name = PortalSession.signedIn(request).map(s -> s.displayName()).orElse(null);
    return new Visitor(true, name, caller.tenantRoles(), caller.isVerifiedResident());
  }
}
