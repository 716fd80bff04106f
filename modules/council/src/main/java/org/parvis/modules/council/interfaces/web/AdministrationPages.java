package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.CouncilSetup;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.Membership;
import org.parvis.modules.council.application.ReferralDesk;
import org.parvis.modules.council.domain.AdoptionMethod;
import org.parvis.modules.council.domain.AdoptionRule;
import org.parvis.modules.council.domain.AdoptionScope;
import org.parvis.modules.council.domain.Appointment;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.CouncilRole;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The administration console: what a commune's or intercommunality's administrator (or staff, as
 * the API allows) needs to set the council up without the API — the council and its adoption rule,
 * its colleges, new versions of the charter and internal rules, appointing members and ending
 * mandates, working groups and their members, referrals from the intercommunality with a document. The same application services as the REST resources decide; a refused form comes
 * back with 422, its reason and what was typed.
 */
@Path("/council/administration")
@ModuleEndpoint(CouncilModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class AdministrationPages {

  @Inject CouncilSetup setup;
  @Inject Membership membership;
  @Inject MeetingDesk meetings;
  @Inject ReferralDesk referrals;
  @Inject PortalLayout layout;

  @GET
  public Response index(@QueryParam("saved") String saved) {
    String notice = saved == null ? "" : "<p role=\"status\">" + e(texts().get("secretariat.saved")) + "</p>";
    return page(notice, null, 200);
  }

  @POST
  @Path("council")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response describe(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.COUNCIL, form);
    return step(typed, () -> {
      AdoptionMethod method = choice(typed, "method", AdoptionMethod.class);
      int threshold = method == AdoptionMethod.MAJORITY ? number(typed, "majority", 50, 99) : 50;
      return setup.describe(typed.required("name", 200), typed.required("territory", 200),
          number(typed, "mandateYears", 1, 10),
          new AdoptionRule(method, choice(typed, "scope", AdoptionScope.class), threshold));
    });
  }

  @POST
  @Path("colleges")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response college(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.COLLEGE, form);
    return step(typed, () -> setup.defineCollege(typed.required("name", 100), number(typed, "seats", 1, 500),
        typed.values().containsKey("voting")));
  }

  @POST
  @Path("documents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response document(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.DOCUMENT, form);
    return step(typed, () -> setup.publish(choice(typed, "kind", CouncilDocumentVersion.Kind.class),
        typed.required("text", 200_000)));
  }

  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response appoint(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.MEMBER, form);
    return step(typed, () -> {
      Set<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
      for (CouncilRole role : CouncilRole.values()) {
        if (typed.values().containsKey("role-" + role.name())) {
          roles.add(role);
        }
      }
      var person = new CouncilMember.Profile(typed.required("subject", 255), typed.required("displayName", 200),
          optional(typed, "organisation", 200), optional(typed, "email", 254), optional(typed, "profile", 5_000),
          typed.values().containsKey("publicProfile"));
      return membership.appoint(person, id(typed, "college"), choice(typed, "appointment", Appointment.class), roles);
    });
  }

  @POST
  @Path("members/{id}/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.END + id, form);
    return step(typed, () -> membership.end(id));
  }

  @POST
  @Path("groups")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response group(MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.GROUP, form);
    return step(typed, () -> {
      String referral = typed.values().getOrDefault("referral", "");
      return meetings.createGroup(typed.required("name", 200), referral.isEmpty() ? null : id(typed, "referral"));
    });
  }

  @POST
  @Path("groups/{id}/members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response join(@PathParam("id") UUID group, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of(AdministrationHtml.JOIN + group, form);
    return step(typed, () -> meetings.join(group, id(typed, "member")));
  }

  @POST
  @Path("referrals")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response referral(List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    Typed typed = new Typed(AdministrationHtml.REFERRAL, posted.fields(), null);
    return step(typed, () -> {
      String title = typed.required("title", 200);
      String question = typed.required("question", 20_000);
      LocalDate deadline = date(typed);
      return posted.file("document", "document")
          .map(file -> referrals.receive(title, question, deadline, file.filename(), file.content()))
          .orElseGet(() -> referrals.receive(title, question, deadline));
    });
  }

  private Response step(Typed typed, Supplier<?> action) {
    try {
      action.get();
    } catch (ProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw e;
      }
      return page("", typed.refused(MemberSpace.message(texts(), e)), MemberSpace.status(e));
    }
    return Response.seeOther(URI.create("/council/administration?saved=" + typed.form())).build();
  }

  private Response page(String notice, Typed refused, int status) {
    Texts t = texts();
    var council = setup.councilIfSetUp();
    var content = council.map(c -> new AdministrationHtml.Content(c, membership.all(), meetings.groups(),
        referrals.all())).orElse(null);
    return layout.page(status, t.get("admin.title"),
        notice + AdministrationHtml.html(t, content, layout.formToken(), refused));
  }

  private <E extends Enum<E>> E choice(Typed typed, String field, Class<E> type) {
    try {
      return Enum.valueOf(type, typed.values().getOrDefault(field, ""));
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalidField(Typed.MISSING, field, "one of the listed choices");
    }
  }

  private int number(Typed typed, String field, int min, int max) {
    try {
      int value = Integer.parseInt(typed.values().getOrDefault(field, "").strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, like a number out of range
    }
    throw ProblemException.badRequest("urn:parvis:problem:invalid-request",
        texts().get("admin.refused.range", texts().get("admin.field." + field), min, max), Map.of());
  }

  private static UUID id(Typed typed, String field) {
    try {
      return UUID.fromString(typed.values().getOrDefault(field, ""));
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalidField(Typed.MISSING, field, "one of the listed choices");
    }
  }

  private LocalDate date(Typed typed) {
    try {
      return LocalDate.parse(typed.values().getOrDefault("deadline", "").strip());
    } catch (DateTimeParseException notADate) {
      throw ProblemException.badRequest("urn:parvis:problem:invalid-request",
          texts().get("admin.refused.date", texts().get("admin.field.deadline")), Map.of());
    }
  }

  private static String optional(Typed typed, String field, int max) {
    String value = typed.values().getOrDefault(field, "").strip();
    if (value.length() > max) {
      throw ProblemException.invalidField(Typed.MISSING, field, "at most " + max + " characters");
    }
    return value.isEmpty() ? null : value;
  }

  private Texts texts() {
    return Texts.of("messages.council", layout.language());
  }
}
