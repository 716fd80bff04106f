package org.parvis.modules.convention.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The administrators' console for a seated panel's work: sessions with their agenda and
 * documents (uploaded as multipart forms, kept by the platform's attachments), opening and
 * closing the vote on each proposal, the commune's response and follow-up, and the end of the
 * mandate, which erases the volunteers' personal data. Same application services as the API.
 */
@Path("/convention/admin/work")
@ModuleEndpoint(ConventionModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PanelWorkAdminPortal {

  @Inject MembersSpace space;
  @Inject ConventionAdministration administration;
  @Inject PortalLayout layout;
  @Inject CurrentTenant tenant;

  @GET
  @Path("{id}")
  public Response page(@PathParam("id") UUID id) {
    return page(id, new MultivaluedHashMap<>(), null, 200);
  }

  @POST
  @Path("{id}/sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSession(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      String title = text(form, "title", 200, true, t);
      Instant start = instant(form, "startsAt", t);
      Instant end = instant(form, "endsAt", t);
      if (!end.isAfter(start)) {
        throw new InvalidForm(t.get("work.error.when"));
      }
      space.addSession(id, title, start, end, text(form, "place", 300, false, t),
          text(form, "agenda", 20_000, false, t));
      return back(id);
    } catch (InvalidForm e) {
      return page(id, form, e.getMessage(), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  /** A session document: the file, its caption (the link's text), and the form token. */
  @POST
  @Path("{id}/sessions/{session}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addDocument(@PathParam("id") UUID id, @PathParam("session") UUID session,
      List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    // Every text part read once (a part's content is a stream): the token, the caption, the re-shown form.
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    posted.fields().forEach(form::putSingle);
    Texts t = texts();
    try {
      Optional<MultipartForm.Upload> file = posted.file("file", "document");
      if (file.isEmpty()) {
        return page(id, form, t.get("work.error.file"), 422);
      }
      String filename = file.get().filename();
      filename = filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
      String caption = Optional.ofNullable(form.getFirst("caption")).orElse("").strip();
      if (caption.length() > 300) {
        return page(id, form, t.get("work.error.text", t.get("work.document.caption"), 300), 422);
      }
      space.addDocument(id, session, filename, caption, file.get().content());
      return back(id);
    } catch (ProblemException e) {
      if (e.status() == 413 || e.status() == 415) {
        return page(id, form, t.get("work.error.file." + e.status()), e.status());
      }
      return refused(id, form, e);
    }
  }

  @POST
  @Path("{id}/proposals/{proposal}/opening")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      if ("MAJORITY_JUDGMENT".equals(form.getFirst("method"))) {
        space.openJudgment(id, proposal, grade(form.getFirst("minimumGrade"), t));
      } else {
        space.openVote(id, proposal, threshold(form.getFirst("threshold"), t));
      }
      return back(id);
    } catch (InvalidForm e) {
      return page(id, form, e.getMessage(), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  @POST
  @Path("{id}/proposals/{proposal}/closing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> form) {
    try {
      space.closeVote(id, proposal);
      return back(id);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  @POST
  @Path("{id}/proposals/{proposal}/response")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response respond(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      space.respond(id, proposal, text(form, "response", 20_000, true, t),
          text(form, "followUp", 20_000, false, t));
      return back(id);
    } catch (InvalidForm e) {
      return page(id, form, e.getMessage(), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  /** Ends the mandate once the administrator ticked the confirmation. */
  @POST
  @Path("{id}/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    if (!"on".equals(form.getFirst("confirm"))) {
      return page(id, form, texts().get("work.error.confirm"), 422);
    }
    try {
      administration.end(id);
      return Response.seeOther(URI.create("/convention/admin/" + id)).build();
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  private Response back(UUID id) {
    return Response.seeOther(URI.create("/convention/admin/work/" + id)).build();
  }

  private Response refused(UUID id, MultivaluedMap<String, String> form, ProblemException e) {
    if (e.status() == 404 && e.getMessage() != null && e.getMessage().startsWith("No convention")) {
      throw e;
    }
    Texts t = texts();
    String reason = switch (e.type()) {
      case ConventionProblems.WRONG_STATUS -> t.get("work.error.status");
      default -> e.status() == 404 ? t.get("work.error.notFound") : t.get("work.error.invalid");
    };
    return page(id, form, reason, e.status() == 404 ? 404 : 422);
  }

  private Response page(UUID id, MultivaluedMap<String, String> typed, String error, int status) {
    Texts t = texts();
    Convention c = administration.require(id);
    String base = "/convention/admin/work/" + id;
    StringBuilder main = new StringBuilder();
    if (error != null) {
      main.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
    }
    main.append("<p class=\"status\"><strong>").append(Html.escape(t.get("status." + c.status().name())))
        .append("</strong> <a href=\"/convention/admin/").append(id).append("\">")
        .append(Html.escape(t.get("admin.back"))).append("</a></p>");
    boolean seated = c.status() == ConventionStatus.SEATED;
    sessions(main, c, base, seated, typed, t);
    proposals(main, c, base, seated, typed, t);
    if (seated) {
      main.append("<section><h2>").append(Html.escape(t.get("work.end"))).append("</h2><p>")
          .append(Html.escape(t.get("work.end.help"))).append("</p>");
      open(main, base + "/end", false);
      main.append("<div><input type=\"checkbox\" id=\"confirm\" name=\"confirm\" required>")
          .append("<label for=\"confirm\">").append(Html.escape(t.get("work.end.confirm")))
          .append("</label></div>");
      close(main, t.get("work.end.submit"));
      main.append("</section>");
    }
    return layout.page(status, t.get("work.title", c.title()), main.toString());
  }

  private void sessions(StringBuilder main, Convention c, String base, boolean seated,
      MultivaluedMap<String, String> typed, Texts t) {
    List<SessionDocument> documents = space.documents(c.id());
    main.append("<section><h2>").append(Html.escape(t.get("sessions"))).append("</h2>");
    List<Session> sessions = space.sessions(c.id());
    if (sessions.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("work.noSession"))).append("</p>");
    }
    for (Session s : sessions) {
      ProposalHtml.session(main, s, documents, tenant.require().zone(), t);
      String suffix = s.id().toString();
      open(main, base + "/sessions/" + s.id() + "/documents", true);
      main.append("<fieldset><legend>").append(Html.escape(t.get("work.document.add", s.title())))
          .append("</legend><div><label for=\"file-").append(suffix).append("\">")
          .append(Html.escape(t.get("work.document.file"))).append("</label> <input type=\"file\" id=\"file-")
          .append(suffix).append("\" name=\"file\" required")
          .append(" accept=\"application/pdf,image/jpeg,image/png,image/webp\"></div>");
      main.append("<div><label for=\"caption-").append(suffix).append("\">")
          .append(Html.escape(t.get("work.document.caption"))).append("</label> <input type=\"text\" id=\"caption-")
          .append(suffix).append("\" name=\"caption\" maxlength=\"300\"></div></fieldset>");
      close(main, t.get("work.document.submit"));
    }
    if (seated) {
      main.append("<h3>").append(Html.escape(t.get("work.session.new"))).append("</h3>");
      open(main, base + "/sessions", false);
      field(main, "title", t.get("work.session.title"), "text", typed);
      field(main, "startsAt", t.get("work.session.start"), "datetime-local", typed);
      field(main, "endsAt", t.get("work.session.end"), "datetime-local", typed);
      field(main, "place", t.get("work.session.place"), "text", typed);
      textarea(main, "agenda", t.get("work.session.agenda"), typed);
      close(main, t.get("work.session.submit"));
    }
    main.append("</section>");
  }

  private void proposals(StringBuilder main, Convention c, String base, boolean seated,
      MultivaluedMap<String, String> typed, Texts t) {
    main.append("<section><h2>").append(Html.escape(t.get("proposals"))).append("</h2>");
    List<Proposal> proposals = space.proposals(c.id());
    if (proposals.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("work.noProposal"))).append("</p>");
    }
    for (Proposal p : proposals) {
      ProposalHtml.proposal(main, p, null, t);
      String action = base + "/proposals/" + p.id();
      String suffix = "-" + p.id();
      switch (p.status()) {
        case DRAFT -> {
          if (seated) {
            openVoteForm(main, action, suffix, p, typed, t);
          }
        }
        case VOTING -> {
          open(main, action + "/closing", false);
          close(main, t.get("work.vote.close", p.title()));
        }
        case ADOPTED, REJECTED -> {
          open(main, action + "/response", false);
          MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
          values.putSingle("response", p.response().orElse(""));
          values.putSingle("followUp", p.followUp().orElse(""));
          if (p.id().toString().equals(typed.getFirst("proposal"))) {
            values = typed;
          }
          main.append("<input type=\"hidden\" name=\"proposal\" value=\"").append(p.id()).append("\">");
          textarea(main, "response", suffix, t.get("work.response"), values);
          textarea(main, "followUp", suffix, t.get("work.followUp"), values);
          close(main, t.get("work.response.submit", p.title()));
        }
      }
    }
    main.append("</section>");
  }

  private void openVoteForm(StringBuilder main, String action, String suffix, Proposal p,
      MultivaluedMap<String, String> typed, Texts t) {
    open(main, action + "/opening", false);
    main.append("<fieldset><legend>").append(Html.escape(t.get("work.vote.open", p.title())))
        .append("</legend>");
    String method = typed.getFirst("method") == null ? "APPROVAL" : typed.getFirst("method");
    for (String m : List.of("APPROVAL", "MAJORITY_JUDGMENT")) {
      main.append("<div><input type=\"radio\" name=\"method\" id=\"method-").append(m).append(suffix)
          .append("\" value=\"").append(m).append('"').append(m.equals(method) ? " checked" : "")
          .append("><label for=\"method-").append(m).append(suffix).append("\">")
          .append(Html.escape(t.get("work.method." + m))).append("</label></div>");
    }
    main.append("<div><label for=\"threshold").append(suffix).append("\">")
        .append(Html.escape(t.get("work.threshold"))).append("</label> <input type=\"number\" min=\"1\" max=\"100\"")
        .append(" id=\"threshold").append(suffix).append("\" name=\"threshold\" value=\"")
        .append(Html.escape(typed.getFirst("threshold") == null ? "50" : typed.getFirst("threshold")))
        .append("\"></div><div><label for=\"minimumGrade").append(suffix).append("\">")
        .append(Html.escape(t.get("work.minimumGrade"))).append("</label> <select id=\"minimumGrade")
        .append(suffix).append("\" name=\"minimumGrade\">");
    for (Grade g : Grade.values()) {
      main.append("<option value=\"").append(g.name()).append('"')
          .append(g == Grade.FAIR ? " selected" : "").append('>')
          .append(Html.escape(t.get("grade." + g.name()))).append("</option>");
    }
    main.append("</select></div></fieldset>");
    close(main, t.get("work.vote.submit"));
  }

  private static Grade grade(String name, Texts t) {
    try {
      return Grade.valueOf(name == null ? "FAIR" : name);
    } catch (IllegalArgumentException e) {
      throw new InvalidForm(t.get("work.error.invalid"));
    }
  }

  private static int threshold(String value, Texts t) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.strip());
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidForm(t.get("admin.error.number", t.get("work.threshold"), 1, 100));
  }

  private Instant instant(MultivaluedMap<String, String> form, String name, Texts t) {
    try {
      return LocalDateTime.parse(value(form, name).strip()).atZone(tenant.require().zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidForm(t.get("work.error.when"));
    }
  }

  private static String text(MultivaluedMap<String, String> form, String name, int max,
      boolean required, Texts t) {
    String v = value(form, name).strip();
    if (required && v.isEmpty() || v.length() > max) {
      throw new InvalidForm(t.get("work.error.text", t.get("work.field." + name), max));
    }
    return v.isEmpty() ? null : v;
  }

  private void open(StringBuilder f, String action, boolean multipart) {
    f.append("<form method=\"post\" action=\"").append(Html.escape(action)).append('"')
        .append(multipart ? " enctype=\"multipart/form-data\"" : "").append('>')
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(Html.escape(layout.formToken())).append("\">");
  }

  private static void close(StringBuilder f, String submit) {
    f.append("<button type=\"submit\">").append(Html.escape(submit)).append("</button></form>");
  }

  private static void field(StringBuilder f, String name, String label, String type,
      MultivaluedMap<String, String> typed) {
    f.append("<div><label for=\"").append(name).append("\">").append(Html.escape(label))
        .append("</label> <input type=\"").append(type).append("\" id=\"").append(name)
        .append("\" name=\"").append(name).append("\" value=\"")
        .append(Html.escape(value(typed, name))).append("\"></div>");
  }

  private static void textarea(StringBuilder f, String name, String label,
      MultivaluedMap<String, String> typed) {
    textarea(f, name, "", label, typed);
  }

  private static void textarea(StringBuilder f, String name, String suffix, String label,
      MultivaluedMap<String, String> typed) {
    f.append("<div><label for=\"").append(name).append(suffix).append("\">").append(Html.escape(label))
        .append("</label> <textarea id=\"").append(name).append(suffix).append("\" name=\"")
        .append(name).append("\" rows=\"4\">").append(Html.escape(value(typed, name)))
        .append("</textarea></div>");
  }

  private static String value(MultivaluedMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v;
  }

  private Texts texts() {
    return Texts.of("messages.convention", layout.language());
  }

  /** A form value that cannot be read; its message is already in the visitor's language. */
  private static final class InvalidForm extends IllegalArgumentException {
    InvalidForm(String message) {
      super(message);
    }
  }
}
