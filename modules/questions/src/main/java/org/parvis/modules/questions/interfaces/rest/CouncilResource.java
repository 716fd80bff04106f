package org.parvis.modules.questions.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.CouncilOffice;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.OfficialFunction;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/** The officials' directory, the council's sessions and the facts of their record (public); staff keep them. */
@Path("/api/questions/council")
@ModuleEndpoint(QuestionsModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilResource {

  @Inject QuestionReading reading;
  @Inject CouncilOffice office;
  @Inject BodyValidator edge;

  @GET
  @Path("officials")
  public List<OfficialView> officials() {
    return reading.officials().stream().map(OfficialView::of).toList();
  }

  @POST
  @Path("officials")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addOfficial(OfficialBody body) {
    body = edge.check(body);
    var official = office.addOfficial(body.name(), body.function(), body.delegations(), body.termStart(),
        body.termEnd());
    return Response.status(Response.Status.CREATED).entity(OfficialView.of(official)).build();
  }

  @GET
  @Path("sessions")
  public List<SessionView> sessions() {
    return reading.sessions().stream().map(SessionView::of).toList();
  }

  @POST
  @Path("sessions")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response addSession(SessionBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED)
        .entity(SessionView.of(office.addSession(body.startsAt(), body.place()))).build();
  }

  /** The facts of the questions addressed to {@code official}, or to the council as a whole. */
  @GET
  @Path("facts")
  public FactsView facts(@QueryParam("official") UUID official) {
    Optional<UUID> addressee = Optional.ofNullable(official).map(id -> reading.official(id).id());
    var facts = reading.facts(addressee);
    return new FactsView(facts.received(), facts.answered(), facts.overdue(),
        facts.medianDaysToAnswer().isPresent() ? facts.medianDaysToAnswer().getAsDouble() : null);
  }

  public record OfficialBody(@SingleLine @NotBlank @Size(max = 200) String name, @NotNull OfficialFunction function,
      @SingleLine @Size(max = 2_000) String delegations, @NotNull LocalDate termStart, LocalDate termEnd) {}

  public record SessionBody(@NotNull Instant startsAt, @SingleLine @NotBlank @Size(max = 300) String place) {}

  public record OfficialView(UUID id, String name, OfficialFunction function, String delegations, String termStart,
      String termEnd) {
    static OfficialView of(ElectedOfficial o) {
      return new OfficialView(o.id(), o.name(), o.function(), o.delegations(), o.termStart().toString(),
          o.termEnd().map(LocalDate::toString).orElse(null));
    }
  }

  public record SessionView(UUID id, String startsAt, String place) {
    static SessionView of(CouncilSession s) {
      return new SessionView(s.id(), s.startsAt().toString(), s.place());
    }
  }

  public record FactsView(long received, long answered, long overdue, Double medianDaysToAnswer) {}
}
