package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.COLLEGE;
import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.COUNCIL;
import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.DOCUMENT;
import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.GROUP;
import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.MEMBER;
import static org.parvis.modules.council.interfaces.web.AdministrationPageModels.REFERRAL;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;

/**
 * The administration console: what a commune's or intercommunality's administrator (or staff, as the API allows)
 * needs to set the council up without the API — the council and its adoption rule, its colleges, new versions of
 * the charter and internal rules, appointing members and ending mandates, working groups and their members,
 * referrals from the intercommunality with a document. The same application services as the REST resources
 * decide; a refused form comes back with 422, its reason and what was typed.
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
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;

  @GET
  public Response index(@QueryParam("saved") String saved) {
    String notice = saved == null ? null : Texts.of("messages.council", views.locale()).get("secretariat.saved");
    return models.page(Form.empty(), CouncilForms.NONE, notice).response();
  }

  @POST
  @Path("council")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response describe(MultivaluedMap<String, String> posted) {
    return step(COUNCIL, Form.of(posted), form -> {
      String name = form.text("name", 200);
      String territory = form.text("territory", 200);
      int years = (int) form.wholeNumber("mandateYears", 1, 10);
      AdoptionMethod method = form.choice("method", AdoptionMethod.class);
      AdoptionScope scope = form.choice("scope", AdoptionScope.class);
      int threshold = method == AdoptionMethod.MAJORITY ? (int) form.wholeNumber("majority", 50, 99) : 50;
      form.requireValid();
      setup.describe(name, territory, years, new AdoptionRule(method, scope, threshold));
    });
  }

  @POST
  @Path("colleges")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response college(MultivaluedMap<String, String> posted) {
    return step(COLLEGE, Form.of(posted), form -> {
      String name = form.text("name", 100);
      int seats = (int) form.wholeNumber("seats", 1, 500);
      form.requireValid();
      setup.defineCollege(name, seats, form.checked("voting"));
    });
  }

  @POST
  @Path("documents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response document(MultivaluedMap<String, String> posted) {
    return step(DOCUMENT, Form.of(posted), form -> {
      CouncilDocumentVersion.Kind kind = form.choice("kind", CouncilDocumentVersion.Kind.class);
      String text = form.paragraphs("text", 200_000);
      form.requireValid();
      setup.publish(kind, text);
    });
  }

  /** Appoints a member by the account id of the person on the portal (a person picker will replace the field). */
  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response appoint(MultivaluedMap<String, String> posted) {
    return step(MEMBER, Form.of(posted), form -> {
      Set<CouncilRole> roles = EnumSet.noneOf(CouncilRole.class);
      for (CouncilRole role : CouncilRole.values()) {
        if (form.checked("role-" + role.name())) {
          roles.add(role);
        }
      }
      var person = new CouncilMember.Profile(form.text("subject", 255), form.text("displayName", 200),
          form.optionalText("organisation", 200).orElse(null), form.optionalText("email", 254).orElse(null),
          form.optionalParagraphs("profile", 5_000).orElse(null), form.checked("publicProfile"));
      UUID college = form.id("college");
      Appointment appointment = form.choice("appointment", Appointment.class);
      form.requireValid();
      membership.appoint(person, college, appointment, roles);
    });
  }

  @POST
  @Path("members/{id}/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step("end-" + id, Form.of(posted), form -> membership.end(id));
  }

  @POST
  @Path("groups")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response group(MultivaluedMap<String, String> posted) {
    return step(GROUP, Form.of(posted), form -> {
      String name = form.text("name", 200);
      UUID referral = form.typed("referral").isBlank() ? null : form.id("referral");
      form.requireValid();
      meetings.createGroup(name, referral);
    });
  }

  @POST
  @Path("groups/{id}/members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response join(@PathParam("id") UUID group, MultivaluedMap<String, String> posted) {
    return step("join-" + group, Form.of(posted), form -> {
      UUID member = form.id("member");
      form.requireValid();
      meetings.join(group, member);
    });
  }

  /** A referral from the intercommunality, with its document if one is attached. */
  @POST
  @Path("referrals")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response referral(List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    return step(REFERRAL, Form.of(posted), form -> {
      String title = form.text("title", 200);
      String question = form.paragraphs("question", 20_000);
      var deadline = form.date("deadline");
      form.requireValid();
      posted.file("document", "document")
          .map(file -> referrals.receive(title, question, deadline, file.filename(), file.content()))
          .orElseGet(() -> referrals.receive(title, question, deadline));
    });
  }

  /** One form of the console: done, back to it with a notice; refused, the console with that form again. */
  private Response step(String key, Form posted, Consumer<Form> action) {
    return CouncilForms.submit(views, posted, form -> {
      action.accept(form);
      return "/council/administration?saved=" + key;
    }, form -> models.page(form, key, null));
  }
}
