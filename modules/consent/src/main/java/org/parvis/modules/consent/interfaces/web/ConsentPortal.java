package org.parvis.modules.consent.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.Circles;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The consent module's home: the circles the visitor belongs to, each with its open proposals; for administrators,
 * every circle and the form that creates one.
 */
@Path("/consent")
@ModuleEndpoint(ConsentModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ConsentPortal {

  @Inject Circles circles;
  @Inject ConsentPageModels models;
  @Inject ConsentAccess access;
  @Inject PortalViews views;

  @GET
  public Response index() {
    return access.guarded(() -> page(Form.empty()).response());
  }

  /** An administrator creates a circle, then names its members on its page. */
  @POST
  @Path("circles")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      access.administratorSubject();
      return views.submit(Form.of(posted), form -> {
        String name = form.text("name", 100);
        form.requireValid();
        return "/consent/circles/" + circles.create(name).id();
      }, this::page);
    });
  }

  private View page(Form form) {
    String subject = access.subject();
    Texts t = access.texts();
    return views.page("consent/index", t.get("title"))
        .with("circles", models.cards(subject, access.administrator(), t))
        .with("administrator", access.administrator())
        .form(form);
  }
}
