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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.domain.VoteChoice;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * The members' space of the portal: what a sitting member of the council does without the API —
 * reading the referrals, proposing a self-referral (and, for the bureau, deciding on it), opening a
 * contribution and writing its sections, commenting and amending a section, deciding amendments
 * (pen holder or facilitator), voting, and registering to open workshops. Anyone else
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
  @Inject CurrentTenant tenant;

  @GET
  public Response home(@QueryParam("registered") String registered, @QueryParam("saved") String saved) {
    Texts t = texts();
    String notice = registered != null ? t.get("space.meeting.registered")
        : "proposed".equals(saved) ? t.get("space.referral.proposed")
        : "decided".equals(saved) ? t.get("space.referral.decided") : null;
    return homePage(notice == null ? "" : "<p role=\"status\">" + e(notice) + "</p>", null, 200);
  }

  /** A member proposes a self-referral (auto-saisine); the bureau decides on it. */
  @POST
  @Path("referrals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response propose(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("propose", form);
    return homeChange(typed, "proposed", () -> referrals.propose(typed.required("title", 200),
        typed.required("question", 20_000), date(typed.required("deadline", 10))));
  }

  /** A member of the bureau takes up or declines a proposed self-referral. */
  @POST
  @Path("referrals/{id}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideReferral(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("decide-referral-" + id, form);
    return homeChange(typed, "decided", () -> referrals.decide(id,
        "accept".equals(typed.required("decision", 10))));
  }

  /** A member opens a contribution (on an open referral or on the council's own initiative) and holds its pen. */
  @POST
  @Path("contributions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response open(MultivaluedMap<String, String> form) {
    membership.me();
    Typed typed = Typed.of("open", form);
    UUID created;
    try {
      String referral = typed.values().getOrDefault("referral", "").strip();
      created = contributions.open(typed.required("title", 200), referral.isEmpty() ? null : uuid(referral)).id();
    } catch (ProblemException e) {
      if (e.status() == 403) {
        throw e;
      }
      return homePage("", typed.refused(message(texts(), e)), status(e));
    }
    return Response.seeOther(URI.create("/council/space/contributions/" + created + "?saved=open")).build();
  }

  @POST
  @Path("contributions/{id}/sections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSection(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("section", form);
    return change(id, typed, () -> contributions.addSection(id, typed.required("heading", 200),
        typed.required("text", MAX_TEXT)));
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
    Typed typed = Typed.of("register-" + id, form);
    membership.me();
    try {
      meetings.register(id, typed.required("name", 200), typed.required("email", 320));
    } catch (ProblemException e) {
      return homePage("", typed.refused(message(texts(), e)), status(e));
    }
    return Response.seeOther(URI.create("/council/space?registered=" + id)).build();
  }

  @GET
  @Path("meetings/{id}")
  public Response meeting(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
    return meetingPage(id, saved == null ? "" : "<p role=\"status\">" + e(texts().get("space.saved")) + "</p>",
        null, 200);
  }

  @POST
  @Path("meetings/{id}/agenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response agenda(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("agenda", form);
    return meetingChange(id, typed, () -> meetings.prepareAgenda(id, typed.required("agenda", 20_000)));
  }

  @POST
  @Path("meetings/{id}/invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invite(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("invite", form);
    return meetingChange(id, typed, () -> meetings.invite(id));
  }

  @POST
  @Path("meetings/{id}/start")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("start", form);
    return meetingChange(id, typed, () -> meetings.start(id));
  }

  /** The attendance sheet: one check box {@code present-<member id>} per expected member. */
  @POST
  @Path("meetings/{id}/attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response attendance(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("attendance", form);
    return meetingChange(id, typed, () -> meetings.attendance(id, meetings.expectedMembers(id).stream()
        .map(MemberView::id).filter(member -> form.containsKey("present-" + member)).toList()));
  }

  @POST
  @Path("meetings/{id}/conclusion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response conclude(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("conclude", form);
    return meetingChange(id, typed, () -> meetings.conclude(id, typed.required("minutes", 50_000)));
  }

  private Response meetingChange(UUID id, Typed typed, Supplier<?> action) {
    membership.me();
    try {
      action.get();
    } catch (ProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw e;
      }
      return meetingPage(id, "", typed.refused(message(texts(), e)), status(e));
    }
    return Response.seeOther(URI.create("/council/space/meetings/" + id + "?saved=" + typed.form())).build();
  }

  private Response meetingPage(UUID id, String notice, Typed refused, int status) {
    Texts t = texts();
    MemberView me = membership.me();
    MeetingView meeting = meetings.get(id);
    return layout.page(status, meeting.title(), notice + MeetingHtml.of(t, me, meeting,
        meetings.expectedMembers(id), tenant.require().zone(), layout.formToken(), refused));
  }

  /** The home page, with a notice, or with a refused form filled again (and its status). */
  private Response homePage(String notice, Typed refused, int status) {
    Texts t = texts();
    MemberView me = membership.me();
    return layout.page(status, t.get("space.title"), notice + SpaceHtml.home(t, me, referrals.all(),
        meetings.groups(), contributions.forMembers(), meetings.all().stream()
            .filter(m -> !"CONCLUDED".equals(m.stage()) || Instant.parse(m.startsAt()).isAfter(Instant.now()))
            .toList(),
        tenant.require().zone(), layout.formToken(), refused));
  }

  /** A form of the home page: done, back to the home page with a notice; refused, 422 and the form again. */
  private Response homeChange(Typed typed, String saved, Supplier<?> action) {
    membership.me();
    try {
      action.get();
    } catch (ProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw e;
      }
      return homePage("", typed.refused(message(texts(), e)), status(e));
    }
    return Response.seeOther(URI.create("/council/space?saved=" + saved)).build();
  }

  private Response change(UUID id, Typed typed, Supplier<?> action) {
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
  static int status(ProblemException e) {
    return e.status() == 400 || e.status() == 409 ? 422 : e.status();
  }

  static String message(Texts t, ProblemException e) {
    if (Typed.MISSING.equals(e.type())) {
      return t.get("space.refused.missing");
    }
    return t.get("space.refused", e.getMessage() == null ? e.title() : e.getMessage());
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(Typed.MISSING, "deadline", "A date such as 2030-01-31");
    }
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(Typed.MISSING, "referral", "Unknown referral");
    }
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
