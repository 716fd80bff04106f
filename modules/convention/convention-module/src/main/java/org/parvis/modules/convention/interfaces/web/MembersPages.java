package org.parvis.modules.convention.interfaces.web;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The seated members' space: the sessions with their agenda and documents, the proposals (drafts included), a form
 * to draft one, and on each proposal under vote the member's ballot (approve or not, or a grade under majority
 * judgment; one per member, changeable while the vote is open). Visitors who are not signed in are sent to sign in;
 * signed-in people who are not seated members get 403.
 */
@Path("/convention/space/{id}")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.TEXT_HTML)
public class MembersPages {

  @Inject MembersSpace space;
  @Inject ConventionReading reading;
  @Inject PanelWorkPageModels models;
  @Inject PortalViews views;
  @Inject Caller caller;

  @GET
  public Response home(@PathParam("id") UUID id) {
    if (caller.subject().isEmpty()) {
      return views.seeOther("/auth/login?return="
          + URLEncoder.encode("/convention/space/" + id, StandardCharsets.UTF_8));
    }
    return page(id, Form.empty()).response();
  }

  @POST
  @Path("proposals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draft(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String title = form.text("title", 200);
      String body = form.paragraphs("body", 20_000);
      form.requireValid();
      space.draft(id, title, body);
      return "/convention/space/" + id;
    }, form -> page(id, form));
  }

  /** The member's ballot: {@code approve} (yes/no) or {@code grade}, by the proposal's method. */
  @POST
  @Path("proposals/{proposal}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      if (!form.typed("grade").isEmpty()) {
        Grade grade = form.choice("grade", Grade.class);
        form.requireValid();
        space.judge(id, proposal, grade);
      } else if (!form.typed("approve").isEmpty()) {
        String approve = form.choice("approve", List.of("yes", "no"));
        form.requireValid();
        space.vote(id, proposal, "yes".equals(approve));
      } else {
        form.refuse("", "space.error.ballot").requireValid();
      }
      return "/convention/space/" + id;
    }, form -> page(id, form));
  }

  private View page(UUID id, Form form) {
    Texts t = texts();
    Convention c = reading.visible(id);
    Volunteer me = space.seat(id).orElseThrow(() -> ProblemException.forbidden(t.get("space.notMember")));
    return views.page("convention/space", t.get("space.title", c.title())).with("space", models.space(id, me, t))
        .form(form);
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
