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
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;

/**
 * The home of the members' space: what a sitting member of the council does without the API — reading the
 * referrals, proposing a self-referral and, for the bureau, deciding on it. Opening a contribution is {@link
 * ContributionPages}, meetings and workshop registrations {@link MeetingPages}. Anyone else gets 403 {@code
 * council-members-only}.
 */
@Path("/council/space")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.TEXT_HTML)
public class SpacePages {

  @Inject Membership membership;
  @Inject ReferralDesk referrals;
  @Inject SpacePageModels models;
  @Inject PortalViews views;

  @GET
  public Response home(@QueryParam("registered") String registered, @QueryParam("saved") String saved) {
    Texts t = Texts.of("messages.council", views.locale());
    String notice = registered != null ? t.get("space.meeting.registered")
        : "proposed".equals(saved) ? t.get("space.referral.proposed")
        : "decided".equals(saved) ? t.get("space.referral.decided") : null;
    return models.home(Form.empty(), CouncilForms.NONE, notice).response();
  }

  /** A member proposes a self-referral (auto-saisine); the bureau decides on it. */
  @POST
  @Path("referrals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response propose(MultivaluedMap<String, String> posted) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      String title = form.text("title", 200);
      String question = form.paragraphs("question", 20_000);
      var deadline = form.date("deadline");
      form.requireValid();
      referrals.propose(title, question, deadline);
      return "/council/space?saved=proposed";
    }, form -> models.home(form, "propose", null));
  }

  /** A member of the bureau takes up or declines a proposed self-referral. */
  @POST
  @Path("referrals/{id}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      String decision = form.choice("decision", List.of("accept", "decline"));
      form.requireValid();
      referrals.decide(id, "accept".equals(decision));
      return "/council/space?saved=decided";
    }, form -> models.home(form, "decide-referral-" + id, null));
  }
}
