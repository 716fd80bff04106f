package org.parvis.modules.council.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.domain.VoteChoice;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;

/**
 * Contributions in the members' space: a member opens one (on an open referral or on the council's own
 * initiative) and holds its pen; members write its sections, comment and amend them; the pen holder (or a
 * facilitator, or the bureau) decides amendments and opens and closes the vote; members vote. Every rule stays in
 * {@link ContributionDesk}; a refused form comes back with 422, its reason and what was typed.
 */
@Path("/council/space/contributions")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ContributionPages {

  private static final int MAX_TEXT = 50_000;

  @Inject Membership membership;
  @Inject ContributionDesk contributions;
  @Inject SpacePageModels models;
  @Inject PortalViews views;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response open(MultivaluedMap<String, String> posted) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      String title = form.text("title", 200);
      UUID referral = form.typed("referral").isBlank() ? null : form.id("referral");
      form.requireValid();
      return "/council/space/contributions/" + contributions.open(title, referral).id() + "?saved=open";
    }, form -> models.home(form, "open", null));
  }

  @GET
  @Path("{id}")
  public Response contribution(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    String notice = saved == null ? null : Texts.of("messages.council", views.locale()).get("space.saved");
    return models.contribution(id, Form.empty(), CouncilForms.NONE, notice).response();
  }

  @POST
  @Path("{id}/sections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSection(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "section", posted, form -> {
      String heading = form.text("heading", 200);
      String text = form.paragraphs("text", MAX_TEXT);
      form.requireValid();
      contributions.addSection(id, heading, text);
    });
  }

  @POST
  @Path("{id}/sections/{section}/comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(@PathParam("id") UUID id, @PathParam("section") UUID section,
      MultivaluedMap<String, String> posted) {
    return step(id, "comment-" + section, posted, form -> {
      String text = form.paragraphs("text", MAX_TEXT);
      form.requireValid();
      contributions.comment(id, section, text);
    });
  }

  @POST
  @Path("{id}/sections/{section}/amendments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response amend(@PathParam("id") UUID id, @PathParam("section") UUID section,
      MultivaluedMap<String, String> posted) {
    return step(id, "amend-" + section, posted, form -> {
      String text = form.paragraphs("text", MAX_TEXT);
      String reason = form.paragraphs("reason", 5_000);
      form.requireValid();
      contributions.amend(id, section, text, reason);
    });
  }

  @POST
  @Path("{id}/amendments/{amendment}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("id") UUID id, @PathParam("amendment") UUID amendment,
      MultivaluedMap<String, String> posted) {
    return step(id, "decide-" + amendment, posted, form -> {
      String decision = form.choice("decision", List.of("accept", "reject"));
      form.requireValid();
      contributions.decideAmendment(id, amendment, "accept".equals(decision));
    });
  }

  @POST
  @Path("{id}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openVote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "open-vote", posted, form -> contributions.openVote(id));
  }

  @POST
  @Path("{id}/vote/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "close-vote", posted, form -> contributions.closeVote(id));
  }

  @POST
  @Path("{id}/votes/mine")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "vote", posted, form -> {
      VoteChoice choice = form.choice("choice", VoteChoice.class);
      form.requireValid();
      contributions.vote(id, choice);
    });
  }

  /** One form of a contribution's page: done, back to it with a notice; refused, the page with that form again. */
  private Response step(UUID id, String key, MultivaluedMap<String, String> posted, Consumer<Form> action) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      action.accept(form);
      return "/council/space/contributions/" + id + "?saved=" + key;
    }, form -> models.contribution(id, form, key, null));
  }
}
