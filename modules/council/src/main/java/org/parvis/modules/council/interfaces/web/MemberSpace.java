package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
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
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.domain.VoteChoice;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/**
 * The members' space of the portal: what a sitting member of the council does without the API —
 * reading the referrals, working groups and drafts, commenting and amending a section, deciding
 * amendments (pen holder or facilitator), voting, and registering to open workshops. Anyone else
 * gets 403 {@code council-members-only}. Every rule stays in the application services; a refused
 * form comes back as 422 with the reason in an alert and the typed values kept.
 */
@Path("/council/space")
@ModuleEndpoint(CouncilModule.ID)
@Produces(MediaType.TEXT_HTML)
public class MemberSpace {

  private static final int MAX_TEXT = 50_000;

  @Inject Membership membership;
  @Inject ContributionDesk contributions;
  @Inject ReferralDesk referrals;
  @Inject MeetingDesk meetings;
  @Inject PortalLayout layout;

  @GET
  public Response home(@QueryParam("registered") String registered) {
    Texts t = texts();
    MemberView me = membership.me();
    String notice = registered == null ? "" : "<p role=\"status\">" + e(t.get("space.meeting.registered")) + "</p>";
    return layout.page(t.get("space.title"), notice + SpaceHtml.home(t, me, referrals.all(), meetings.groups(),
        contributions.forMembers(), meetings.all().stream()
            .filter(m -> Instant.parse(m.startsAt()).isAfter(Instant.now())).toList(),
        layout.formToken(), null));
  }

  @GET
  @Path("contributions/{id}")
  public Response contribution(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    return contributionPage(id, null, 200, saved != null);
  }

  @POST
  @Path("contributions/{id}/sections/{section}/comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(@PathParam("id") UUID id, @PathParam("section") UUID section,
      MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("comment-" + section, form);
    return change(id, typed, () -> contributions.comment(id, section, typed.required("text", MAX_TEXT)));
  }

  @POST
  @Path("contributions/{id}/sections/{section}/amendments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response amend(@PathParam("id") UUID id, @PathParam("section") UUID section,
      MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("amend-" + section, form);
    return change(id, typed, () -> contributions.amend(id, section, typed.required("text", MAX_TEXT),
        typed.required("reason", 5_000)));
  }

  @POST
  @Path("contributions/{id}/amendments/{amendment}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("id") UUID id, @PathParam("amendment") UUID amendment,
      MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("decide-" + amendment, form);
    return change(id, typed, () -> contributions.decideAmendment(id, amendment,
        "accept".equals(typed.required("decision", 10))));
  }

  @POST
  @Path("contributions/{id}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openVote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("open-vote", form);
    return change(id, typed, () -> contributions.openVote(id));
  }

  @POST
  @Path("contributions/{id}/vote/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeVote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("close-vote", form);
    return change(id, typed, () -> contributions.closeVote(id));
  }

  @POST
  @Path("contributions/{id}/votes/mine")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response vote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("vote", form);
    return change(id, typed, () -> contributions.vote(id, choice(typed.required("choice", 20))));
  }

  @POST
  @Path("meetings/{id}/registrations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    layout.requireFormToken(form.getFirst("csrf"));
    Texts t = texts();
    MemberView me = membership.me();
    Typed typed = Typed.of("register-" + id, form);
    try {
      meetings.register(id, typed.required("name", 200), typed.required("email", 320));
    } catch (ProblemException e) {
      Typed refused = typed.refused(message(t, e));
      return Response.fromResponse(layout.page(t.get("space.title"), SpaceHtml.home(t, me, referrals.all(),
          meetings.groups(), contributions.forMembers(), meetings.all().stream()
              .filter(m -> Instant.parse(m.startsAt()).isAfter(Instant.now())).toList(),
          layout.formToken(), refused))).status(status(e)).build();
    }
    return Response.seeOther(URI.create("/council/space?registered=" + id)).build();
  }

  private Response change(UUID id, Typed typed, Supplier<?> action) {
    layout.requireFormToken(typed.values().get("csrf"));
    membership.me();
    try {
      action.get();
    } catch (ProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw e;
      }
      return contributionPage(id, typed.refused(message(texts(), e)), status(e), false);
    }
    return Response.seeOther(URI.create("/council/space/contributions/" + id + "?saved=" + typed.form())).build();
  }

  private Response contributionPage(UUID id, Typed refused, int status, boolean saved) {
    Texts t = texts();
    MemberView me = membership.me();
    var contribution = contributions.forMember(id);
    Map<UUID, String> names = membership.all().stream()
        .collect(Collectors.toMap(MemberView::id, MemberView::displayName, (a, b) -> a));
    String main = (saved ? "<p role=\"status\">" + e(t.get("space.saved")) + "</p>" : "") + ContributionHtml.of(t, me, contribution, names, layout.formToken(), refused);
    return layout.page(status, contribution.title(), main);
  }

  /** A refusal of the rules is the form's fault (422); an outsider's or a missing page stays as is. */
  private static int status(ProblemException e) {
    return e.status() == 400 || e.status() == 409 ? 422 : e.status();
  }

  private static String message(Texts t, ProblemException e) {
    if (Typed.MISSING.equals(e.type())) {
      return t.get("space.refused.missing");
    }
    return t.get("space.refused", e.getMessage() == null ? e.title() : e.getMessage());
  }

  private static VoteChoice choice(String value) {
    try {
      return VoteChoice.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(Typed.MISSING, "choice", "Unknown choice");
    }
  }

  private Texts texts() {
    return Texts.of("messages.council", layout.language());
  }

  /** Escapes plain text for HTML. */
  static String e(String text) {
    return Html.escape(text == null ? "" : text);
  }
}
