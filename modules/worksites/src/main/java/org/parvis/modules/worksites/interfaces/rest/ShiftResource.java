package org.parvis.modules.worksites.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.ShiftRegistration;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;

/**
 * Registrations: verified residents register (with companions) and cancel; staff list them,
 * record attendance and send the reminders due.
 */
@Path("/api/worksites/shifts")
@ModuleEndpoint(WorksitesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

  @Inject ShiftBooking booking;
  @Inject Volunteers volunteers;
  @Inject BodyValidator edge;

  /** 201 with the new registration (confirmed or waiting); 200 with the existing one. */
  @POST
  @Path("{shift}/registrations")
  @RequiresVerifiedResidency
  public Response register(@PathParam("shift") UUID shiftId, RegistrationBody body) {
    RegistrationBody checked = body == null ? new RegistrationBody(0, false) : edge.check(body);
    var booked = booking.register(shiftId, checked.companions(), checked.minimumAgeMet(),
        volunteers.current());
    return Response.status(booked.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(RegistrationView.of(booked.shift(), booked.registration())).build();
  }

  @DELETE
  @Path("{shift}/registrations/mine")
  @RequiresVerifiedResidency
  public Response cancel(@PathParam("shift") UUID shiftId) {
    booking.cancel(shiftId, volunteers.current());
    return Response.noContent().build();
  }

  @GET
  @Path("registrations/mine")
  @RequiresVerifiedResidency
  public List<RegistrationView> mine() {
    UUID me = volunteers.current().id();
    return booking.shiftsOf(me).stream()
        .map(s -> RegistrationView.of(s, s.registrationOf(me).orElseThrow()))
        .toList();
  }

  @GET
  @Path("{shift}/registrations")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public List<RegistrationView> registrations(@PathParam("shift") UUID shiftId) {
    Shift shift = booking.shift(shiftId);
    return shift.registrations().stream().map(r -> RegistrationView.of(shift, r)).toList();
  }

  @PUT
  @Path("{shift}/registrations/{registration}/attendance")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public RegistrationView attendance(@PathParam("shift") UUID shiftId,
      @PathParam("registration") UUID registrationId, AttendanceBody body) {
    booking.recordAttendance(shiftId, registrationId, edge.check(body).attendees());
    Shift shift = booking.shift(shiftId);
    return RegistrationView.of(shift, shift.registrations().stream()
        .filter(r -> r.id().equals(registrationId)).findFirst().orElseThrow());
  }

  /** Sends the reminders now due in this tenant (each registration is reminded once). */
  @POST
  @Path("reminders")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Reminders sendReminders() {
    return new Reminders(booking.sendReminders(Clock.systemUTC().instant()));
  }

  /** A registration: its places, status, rank on the waiting list and recorded attendance. */
  public record RegistrationView(UUID id, UUID shiftId, UUID worksiteId, Instant startsAt,
      Instant endsAt, int companions, int places, String status, Integer waitingRank,
      Integer attendees) {
    static RegistrationView of(Shift s, ShiftRegistration r) {
      return new RegistrationView(r.id(), s.id(), s.worksiteId(), s.startsAt(), s.endsAt(),
          r.companions(), r.places(), r.status().name(), s.waitingRank(r).orElse(null),
          r.attendees().orElse(null));
    }
  }

  /**
   * {@code minimumAgeMet}: the registrant declares that they and their companions have reached the
   * worksite's minimum age (required when it has one; 422 otherwise).
   */
  public record RegistrationBody(@Min(0) @Max(20) int companions, boolean minimumAgeMet) {}

  public record AttendanceBody(@Min(0) @Max(21) int attendees) {}

  public record Reminders(int sent) {}
}
