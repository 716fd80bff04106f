package org.parvis.modules.convention.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalStatus;
import org.parvis.modules.convention.domain.ProposalVote;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VotingMethod;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/**
 * The seated members' space in the portal: the sessions with their agenda and documents, the
 * proposals (drafts included), a form to draft one, and on each proposal under vote the member's
 * ballot (approve or not, or a grade under majority judgment; one per member, changeable while
 * the vote is open), then the results and the commune's response. Visitors who are not signed in
 * are sent to sign in; signed-in people who are not seated members get 403.
 */
@Path("/convention/space")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.TEXT_HTML)
public class MembersPortal {

  @Inject MembersSpace space;
  @Inject ConventionReading reading;
  @Inject PortalLayout layout;
  @Inject Caller caller;
  @Inject CurrentTenant tenant;

  @GET
  @Path("{id}")
  public Response home(@PathParam("id") UUID id) {
    if (caller.subject().isEmpty()) {
      return Response.seeOther(URI.create("/auth/login?return="
          + URLEncoder.encode("/convention/space/" + id, StandardCharsets.UTF_8))).build();
    }
    return page(id, new MultivaluedHashMap<>(), null, 200);
  }

  @POST
  @Path("{id}/proposals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draft(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Texts t = texts();
    String title = value(form, "title").strip();
    String body = value(form, "body").strip();
    if (title.isEmpty() || title.length() > 200 || body.isEmpty() || body.length() > 20_000) {
      return page(id, form, t.get("space.error.draft"), 422);
    }
    try {
      space.draft(id, title, body);
      return Response.seeOther(URI.create("/convention/space/" + id)).build();
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  /** The member's ballot: {@code approve} (yes/no) or {@code grade}, by the proposal's method. */
  @POST
  @Path("{id}/proposals/{proposal}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      String grade = form.getFirst("grade");
      String approve = form.getFirst("approve");
      if (grade != null) {
        space.judge(id, proposal, Grade.valueOf(grade));
      } else if ("yes".equals(approve) || "no".equals(approve)) {
        space.vote(id, proposal, "yes".equals(approve));
      } else {
        return page(id, form, t.get("space.error.ballot"), 422);
      }
      return Response.seeOther(URI.create("/convention/space/" + id)).build();
    } catch (IllegalArgumentException e) {
      return page(id, form, t.get("space.error.ballot"), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  private Response refused(UUID id, MultivaluedMap<String, String> form, ProblemException e) {
    if (e.status() == 403 || e.status() == 404) {
      throw e;
    }
    Texts t = texts();
    String reason = ConventionProblems.WRONG_STATUS.equals(e.type())
        ? t.get("space.error.status") : t.get("work.error.invalid");
    return page(id, form, reason, layout.refusalStatus(e));
  }

  private Response page(UUID id, MultivaluedMap<String, String> typed, String error, int status) {
    Texts t = texts();
    Convention c = reading.visible(id);
    Volunteer me = space.seat(id).orElseThrow(() -> ProblemException.forbidden(t.get("space.notMember")));
    StringBuilder main = new StringBuilder();
    if (error != null) {
      main.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
    }
    main.append("<p>").append(Html.escape(t.get("space.intro", me.number()))).append(" <a href=\"/convention/")
        .append(id).append("\">").append(Html.escape(t.get("space.publicPage"))).append("</a></p>");
    var documents = space.documents(id);
    main.append("<section><h2>").append(Html.escape(t.get("sessions"))).append("</h2>");
    var sessions = space.sessions(id);
    if (sessions.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("work.noSession"))).append("</p>");
    }
    sessions.forEach(s -> ProposalHtml.session(main, s, documents, tenant.require().zone(), t));
    main.append("</section><section><h2>").append(Html.escape(t.get("proposals"))).append("</h2>");
    List<Proposal> proposals = space.proposals(id);
    if (proposals.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("work.noProposal"))).append("</p>");
    }
    for (Proposal p : proposals) {
      ProposalHtml.proposal(main, p, p.status() == ProposalStatus.DRAFT ? null
          : "/convention/" + id + "/proposals/" + p.id(), t);
      if (p.status() == ProposalStatus.VOTING) {
        ballot(main, id, p, space.myVote(id, p.id()), t);
      }
    }
    main.append("<h3>").append(Html.escape(t.get("space.draft"))).append("</h3>");
    open(main, "/convention/space/" + id + "/proposals");
    main.append("<div><label for=\"title\">").append(Html.escape(t.get("space.draft.title")))
        .append("</label> <input type=\"text\" id=\"title\" name=\"title\" maxlength=\"200\" required value=\"")
        .append(Html.escape(value(typed, "title"))).append("\"></div><div><label for=\"body\">")
        .append(Html.escape(t.get("space.draft.body"))).append("</label> <textarea id=\"body\" name=\"body\"")
        .append(" rows=\"6\" required>").append(Html.escape(value(typed, "body"))).append("</textarea></div>")
        .append("<button type=\"submit\">").append(Html.escape(t.get("space.draft.submit")))
        .append("</button></form></section>");
    return layout.page(status, t.get("space.title", c.title()), main.toString());
  }

  /** Approve or not, or one grade per proposal; the member's current ballot is checked. */
  private void ballot(StringBuilder main, UUID id, Proposal p, Optional<ProposalVote> mine,
      Texts t) {
    open(main, "/convention/space/" + id + "/proposals/" + p.id() + "/vote");
    main.append("<fieldset><legend>").append(Html.escape(t.get("space.ballot", p.title())))
        .append("</legend>");
    String suffix = "-" + p.id();
    if (p.method() == VotingMethod.MAJORITY_JUDGMENT) {
      String current = mine.flatMap(ProposalVote::grade).map(Enum::name).orElse("");
      for (Grade g : Grade.values()) {
        radio(main, "grade", g.name(), "grade-" + g.name() + suffix, t.get("grade." + g.name()),
            current.equals(g.name()));
      }
    } else {
      String current = mine.map(v -> v.approve() ? "yes" : "no").orElse("");
      radio(main, "approve", "yes", "approve-yes" + suffix, t.get("space.approve.yes"), current.equals("yes"));
      radio(main, "approve", "no", "approve-no" + suffix, t.get("space.approve.no"), current.equals("no"));
    }
    main.append("</fieldset>");
    if (mine.isPresent()) {
      main.append("<p>").append(Html.escape(t.get("space.voted"))).append("</p>");
    }
    main.append("<button type=\"submit\">").append(Html.escape(t.get("space.vote.submit")))
        .append("</button></form>");
  }

  private static void radio(StringBuilder main, String name, String value, String id, String label,
      boolean checked) {
    main.append("<div><input type=\"radio\" required name=\"").append(name).append("\" id=\"")
        .append(id).append("\" value=\"").append(value).append('"').append(checked ? " checked" : "")
        .append("><label for=\"").append(id).append("\">").append(Html.escape(label))
        .append("</label></div>");
  }

  private void open(StringBuilder f, String action) {
    f.append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(Html.escape(layout.formToken())).append("\">");
  }

  private static String value(MultivaluedMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v;
  }

  private Texts texts() {
    return Texts.of("messages.convention", layout.language());
  }
}
