package org.parvis.modules.council.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.GroupView;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.domain.CouncilMeeting;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.text.SingleLine;

/**
 * Working groups and meetings (prepare → run → conclude), invitations and reminders by email,
 * and registration of the public to open workshops. Organising is checked in {@link MeetingDesk}:
 * the secretariat or a facilitating member.
 */
@Path("/api/council")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

  @Inject MeetingDesk desk;
  @Inject BodyValidator edge;

  @GET
  @Path("groups")
  public List<GroupView> groups() {
    return desk.groups();
  }

  @POST
  @Path("groups")
  public Response createGroup(GroupBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED).entity(desk.createGroup(body.name(), body.referralId())).build();
  }

  @POST
  @Path("groups/{id}/members")
  public GroupView join(@PathParam("id") UUID id, GroupMemberBody body) {
    body = edge.check(body);
    return desk.join(id, body.memberId());
  }

  @GET
  @Path("meetings")
  public List<MeetingView> meetings() {
    return desk.all();
  }

  @GET
  @Path("meetings/{id}")
  public MeetingView meeting(@PathParam("id") UUID id) {
    return desk.get(id);
  }

  @POST
  @Path("meetings")
  public Response schedule(MeetingBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED).entity(desk.schedule(body.groupId(), body.plan())).build();
  }

  @PUT
  @Path("meetings/{id}")
  public MeetingView prepare(@PathParam("id") UUID id, MeetingBody body) {
    body = edge.check(body);
    return desk.prepare(id, body.plan());
  }

  @POST
  @Path("meetings/{id}/invitations")
  public Sent invite(@PathParam("id") UUID id) {
    return new Sent(desk.invite(id));
  }

  @POST
  @Path("meetings/{id}/start")
  public MeetingView start(@PathParam("id") UUID id) {
    return desk.start(id);
  }

  @PUT
  @Path("meetings/{id}/attendance")
  public MeetingView attendance(@PathParam("id") UUID id, AttendanceBody body) {
    body = edge.check(body);
    return desk.attendance(id, body.present());
  }

  @POST
  @Path("meetings/{id}/conclusion")
  public MeetingView conclude(@PathParam("id") UUID id, ConclusionBody body) {
    body = edge.check(body);
    return desk.conclude(id, body.minutes());
  }

  /** Registration of anyone to an open workshop (no account needed). */
  @POST
  @Path("meetings/{id}/registrations")
  public Response register(@PathParam("id") UUID id, RegistrationBody body) {
    body = edge.check(body);
    desk.register(id, body.name(), body.email());
    return Response.noContent().build();
  }

  @POST
  @Path("reminders")
  public Sent remind(ReminderBody body) {
    body = edge.check(body);
    return new Sent(desk.remindDeadlines(body.days()));
  }

  public record GroupBody(@NotBlank @Size(max = 200) String name, UUID referralId) {}

  public record GroupMemberBody(@NotNull UUID memberId) {}

  public record MeetingBody(UUID groupId, @SingleLine @NotBlank @Size(max = 200) String title,
                            @NotNull Instant startsAt, @NotNull Instant endsAt,
                            @Size(max = 300) String place,
                            @Size(max = 500) @Pattern(regexp = "https?://\\S+") String videoLink,
                            @NotNull @Size(max = 20_000) String agenda, @Min(0) @Max(10_000) int capacity) {
    CouncilMeeting.Plan plan() {
      return new CouncilMeeting.Plan(title, startsAt, endsAt, place, videoLink, agenda, capacity);
    }
  }

  public record AttendanceBody(@NotNull @Size(max = 1_000) List<UUID> present) {}

  public record ConclusionBody(@NotBlank @Size(max = 100_000) String minutes) {}

  public record RegistrationBody(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Email @Size(max = 254) String email) {}

  public record ReminderBody(@Min(0) @Max(365) int days) {}

  /** How many emails were queued. */
  public record Sent(int sent) {}
}
