package org.parvis.modules.petitions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PetitionModeration;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The moderators' queue of submitted petitions: publish one (it opens for signatures with the tenant's current
 * threshold and duration), reject it with a reason its author reads on the petition's page, or merge it into a
 * petition open for signatures that asks the same (its page then links there). The rules stay in
 * {@link PetitionModeration}.
 */
@Path("/petitions/moderation")
@ModuleEndpoint(PetitionsModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
@Produces(MediaType.TEXT_HTML)
public class PetitionModerationPages {

  @Inject PetitionModeration moderation;
  @Inject PetitionWorkPageModels models;
  @Inject PortalViews views;

  @GET
  public Response queue() {
    return page(Form.empty()).response();
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response moderate(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("publish", "reject", "merge"));
      if ("reject".equals(action)) {
        String reason = form.paragraphs(PetitionWorkPageModels.reasonField(id), 2_000);
        form.requireValid();
        moderation.reject(id, reason.strip());
      } else if ("merge".equals(action)) {
        UUID into = form.id(PetitionWorkPageModels.intoField(id));
        form.requireValid();
        moderation.merge(id, into);
      } else {
        form.requireValid();
        moderation.publish(id);
      }
      return "/petitions/" + id;
    }, this::page);
  }

  private View page(Form form) {
    Texts t = Texts.of("messages.petitions", views.locale());
    return views.page("petitions/moderation", t.get("moderation.title"))
        .with("queue", models.queue(t))
        .with("targets", models.targets())
        .form(form);
  }
}
