package org.parvis.core.identity.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.interfaces.web.MemberPageModels.Holder;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * Members and roles ({@code /admin/members}, administrators only): who holds which role, by name; granting a role
 * to a person found with the person picker; revoking one after a confirmation page. The tenant's last
 * administrator keeps their role (the domain refuses, the page says why).
 */
@Path("/admin/members")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class MembersPages {

  /** The person picker's field. */
  static final String PICKER = "person";

  @Inject MembershipAdministration memberships;
  @Inject MemberPageModels models;
  @Inject People people;
  @Inject PortalViews views;

  @GET
  public Response index(@QueryParam("done") String done) {
    return page(Form.empty(), "granted".equals(done) || "revoked".equals(done) ? done : null).response();
  }

  /** Grants a role to the person chosen; the picker's own "Search" button shows the page again with who matched. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response grant(MultivaluedMap<String, String> posted) {
    Form form = Form.of(posted);
    if (form.searching(PICKER)) {
      View searched = page(form, null);
      return searched.status(form.isValid() ? 200 : 422).response();
    }
    return views.submit(form, f -> {
      Person person = f.person(PICKER, people);
      String role = f.choice("role", MemberPageModels.GRANTABLE_IDS);
      f.requireValid();
      memberships.grant(person.subject(), TenantRole.fromId(role));
      return "/admin/members?done=granted";
    }, f -> page(f, null));
  }

  /** The confirmation page of a revocation. */
  @GET
  @Path("revocation")
  public Response confirm(@QueryParam("subject") String subject, @QueryParam("role") String role) {
    return confirmation(holder(subject, role), role, Form.empty()).response();
  }

  @POST
  @Path("revocation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(MultivaluedMap<String, String> posted) {
    Form form = Form.of(posted);
    String subject = form.typed("subject");
    String role = form.typed("role");
    Holder holder = holder(subject, role);
    return views.submit(form, f -> {
      memberships.revoke(holder.subject(), TenantRole.fromId(role));
      return "/admin/members?done=revoked";
    }, f -> confirmation(holder, role, f));
  }

  private View page(Form form, String done) {
    Texts t = MemberPageModels.texts(views.locale());
    List<Person> found = form.personQuery(PICKER).map(people::search).orElse(null);
    return views.page("members/index", t.get("title"))
        .with("holders", models.holders(t))
        .with("roles", models.grantable(t))
        .with("found", found)
        .with("done", done == null ? null : t.get("done." + done))
        .form(form);
  }

  private View confirmation(Holder holder, String role, Form form) {
    Texts t = MemberPageModels.texts(views.locale());
    return views.page("members/revoke", t.get("revoke.title"))
        .with("holder", holder)
        .with("role", role)
        .with("roleLabel", t.get("role." + role))
        .form(form);
  }

  /** The member holding {@code role}; 404 for anything else (a role that cannot be revoked, someone without it). */
  private Holder holder(String subject, String role) {
    Texts t = MemberPageModels.texts(views.locale());
    return models.holders(t).stream()
        .filter(h -> h.subject().equals(subject) && MemberPageModels.GRANTABLE_IDS.contains(role)
            && h.roles().stream().anyMatch(r -> r.id().equals(role)))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No member " + subject + " with role " + role));
  }
}
