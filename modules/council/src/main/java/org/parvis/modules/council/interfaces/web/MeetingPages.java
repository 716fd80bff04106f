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
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;

/**
 * Meetings in the members' space, run with the workshop kit: <em>prepare</em> (agenda, invitations, start),
 * <em>run</em> (attendance, then minutes to conclude), <em>conclude</em> (minutes and who was there). Every member
 * reads a meeting and registers to open workshops; the kit is for facilitators and the bureau, as {@link
 * MeetingDesk} requires (the secretariat does the same through the API).
 */
@Path("/council/space/meetings")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.TEXT_HTML)
public class MeetingPages {

  @Inject Membership membership;
  @Inject MeetingDesk meetings;
  @Inject SpacePageModels models;
  @Inject PortalViews views;

  @GET
  @Path("{id}")
  public Response meeting(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    String notice = saved == null ? null : Texts.of("messages.council", views.locale()).get("space.saved");
    return models.meeting(id, Form.empty(), CouncilForms.NONE, notice).response();
  }

  /** A member registers to an open workshop (back on the home page, where workshops are listed). */
  @POST
  @Path("{id}/registrations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      String name = form.text("name", 200);
      String email = form.text("email", 320);
      form.requireValid();
      meetings.register(id, name, email);
      return "/council/space?registered=" + id;
    }, form -> models.home(form, "register-" + id, null));
  }

  @POST
  @Path("{id}/agenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response agenda(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "agenda", posted, form -> {
      String agenda = form.paragraphs("agenda", 20_000);
      form.requireValid();
      meetings.prepareAgenda(id, agenda);
    });
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invite(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "invite", posted, form -> meetings.invite(id));
  }

  @POST
  @Path("{id}/start")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "start", posted, form -> meetings.start(id));
  }

  /** The attendance sheet: one check box {@code present-<member id>} per expected member. */
  @POST
  @Path("{id}/attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response attendance(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "attendance", posted, form -> meetings.attendance(id, meetings.expectedMembers(id).stream()
        .map(MemberView::id).filter(member -> form.checked("present-" + member)).toList()));
  }

  @POST
  @Path("{id}/conclusion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response conclude(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(id, "conclude", posted, form -> {
      String minutes = form.paragraphs("minutes", 50_000);
      form.requireValid();
      meetings.conclude(id, minutes);
    });
  }

  /** One form of the kit: done, back to the meeting with a notice; refused, the meeting with that form again. */
  private Response step(UUID id, String key, MultivaluedMap<String, String> posted, Consumer<Form> action) {
    membership.me();
    return CouncilForms.submit(views, Form.of(posted), form -> {
      action.accept(form);
      return "/council/space/meetings/" + id + "?saved=" + key;
    }, form -> models.meeting(id, form, key, null));
  }
}
