package org.parvis.modules.convention.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/** Sessions of a seated panel: public, set by administrators (members get an invitation). */
@Path("/api/conventions/{id}/sessions")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject MembersSpace space;
  @Inject BodyValidator edge;

  @GET
  public List<SessionView> sessions(@PathParam("id") UUID id) {
    var documents = space.documents(id).stream()
        .collect(Collectors.groupingBy(SessionDocument::sessionId));
    return space.sessions(id).stream()
        .map(s -> SessionView.of(s, documents.getOrDefault(s.id(), List.of())))
        .toList();
  }

  /** Adds a document (PDF or image, the raw bytes with their Content-Type) to a session. */
  @POST
  @Path("{session}/documents")
  @RequiresTenantRole(TenantRole.ADMIN)
  @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf"})
  public Response addDocument(@PathParam("id") UUID id, @PathParam("session") UUID session,
      @QueryParam("filename") String filename, @QueryParam("caption") String caption,
      byte[] content) {
    if (filename == null || filename.isBlank() || filename.length() > 255) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "filename",
          "is required (at most 255 characters)");
    }
    if (caption != null && caption.length() > 300) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "caption",
          "has at most 300 characters");
    }
    SessionDocument d = space.addDocument(id, session, filename, caption, content);
    return Response.status(Response.Status.CREATED).entity(DocumentView.of(d)).build();
  }

  @POST
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response addSession(@PathParam("id") UUID id, SessionBody body) {
    body = edge.check(body);
    Session s = space.addSession(id, body.title(), body.startsAt(), body.endsAt(), body.place(),
        body.agenda());
    return Response.status(Response.Status.CREATED).entity(SessionView.of(s, List.of())).build();
  }

  public record SessionBody(@SingleLine @NotBlank @Size(max = 200) String title, @NotNull Instant startsAt,
                            @NotNull Instant endsAt, @Size(max = 300) String place,
                            @Size(max = 20_000) String agenda) {}

  public record SessionView(UUID id, String title, Instant startsAt, Instant endsAt, String place,
                            String agenda, List<DocumentView> documents) {
    static SessionView of(Session s, List<SessionDocument> documents) {
      return new SessionView(s.id(), s.title(), s.startsAt(), s.endsAt(), s.place(), s.agenda(),
          documents.stream().map(DocumentView::of).toList());
    }
  }

  public record DocumentView(String url, String filename, String contentType, String caption) {
    static DocumentView of(SessionDocument d) {
      return new DocumentView(d.url(), d.filename(), d.contentType(), d.caption());
    }
  }
}
