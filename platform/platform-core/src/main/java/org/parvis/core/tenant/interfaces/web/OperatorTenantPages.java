package org.parvis.core.tenant.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.identity.application.Invitations;
import org.parvis.core.web.edge.PublicOrigin;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.security.TenantRole;
import org.parvis.core.PlatformConfig;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.tenant.application.OfficialCommunes;
import org.parvis.core.tenant.application.TenantAdministration;
import org.parvis.core.tenant.application.TenantOnboarding;
import org.parvis.core.tenant.domain.OfficialCommune;
import org.parvis.core.web.rest.OperatorOnly;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The operator's pages for tenants, on the platform host: create one (kind first, then a form with the kind's
 * modules ticked), and see what was created.
 */
@Path("/operator/tenants")
@OperatorOnly
@Produces(MediaType.TEXT_HTML)
public class OperatorTenantPages {

  @Inject PortalViews views;
  @Inject OperatorTenantPageModels models;
  @Inject TenantOnboarding onboarding;
  @Inject TenantAdministration tenants;
  @Inject ModuleAdministration modules;
  @Inject TenantTransactions transactions;
  @Inject OfficialCommunes communes;
  @Inject Invitations invitations;
  @Inject org.parvis.core.identity.application.MembershipAdministration memberships;
  @Context HttpServletRequest request;

  /** Without a kind: the choice of kind; with one: the creation form, prefilled for that kind. */
  @GET
  @Path("new")
  public Response newTenant(@QueryParam("kind") String kindParameter) {
    Texts t = texts();
    TenantKind kind = kind(kindParameter);
    if (kind == null) {
      return views.page("operator/kind", t.get("new.title")).with("kinds", models.kinds(t)).response();
    }
    return form(kind, models.prefilled(kind), null).response();
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@QueryParam("kind") String kindParameter, MultivaluedMap<String, String> posted) {
    TenantKind kind = kind(kindParameter);
    if (kind == null) {
      return views.seeOther("/operator/tenants/new");
    }
    Form posting = Form.of(posted);
    if (kind == TenantKind.COMMUNE && "lookup".equals(posting.typed("action"))) {
      return lookUp(posting);
    }
    return views.submit(posting, form -> {
      var spec = TenantForm.read(form, kind, PlatformConfig.platformHosts(), models.moduleIds());
      if (kind == TenantKind.COMMUNE) {
        spec = TenantForm.withCommune(spec, commune(form));
      }
      var email = form.optionalText("adminEmail", 254);
      if (email.isPresent() && !MailMessage.looksLikeAnAddress(email.get())) {
        form.refuse("adminEmail", "invitation.invalidEmail");
      }
      form.requireValid();
      var admin = email.map(invitations::account).orElse(null);
      String origin = PublicOrigin.forHost(request, spec.hosts().get(0));
      onboarding.onboard(spec, created -> {
        if (admin != null) {
          invitations.invite(admin, Set.of(TenantRole.ADMIN), origin);
        }
      });
      return "/operator/tenants/" + spec.slug();
    }, form -> form(kind, form, communes.byCode(form.typed("inseeCode")).orElse(null)));
  }

  /**
   * The "Look up" button of a commune's form: the same form again, its name filled in from the official list when
   * left blank, with what the list says of the commune (population, department, intercommunality); an unknown code
   * is refused next to its field.
   */
  private Response lookUp(Form posted) {
    OfficialCommune found = commune(posted);
    if (found == null) {
      posted.refuse("inseeCode", "insee.required");
    }
    if (!posted.isValid()) {
      return form(TenantKind.COMMUNE, posted, null).status(422).response();
    }
    Map<String, String> values = new LinkedHashMap<>(posted.typed());
    values.remove("action");
    if (values.getOrDefault("displayName", "").isBlank()) {
      values.put("displayName", found.name());
    }
    return form(TenantKind.COMMUNE, Form.prefilled(values), found).response();
  }

  /** The commune of the typed INSEE code; an unknown code is refused on its field. Null when none was typed. */
  private OfficialCommune commune(Form form) {
    var code = form.optionalText("inseeCode", 10);
    if (code.isEmpty()) {
      return null;
    }
    var found = communes.byCode(code.get());
    if (found.isEmpty()) {
      form.refuse("inseeCode", "insee.unknown", code.get());
    }
    return found.orElse(null);
  }

  /** A tenant as the operator created it: its hosts (linked), language, time zone, colour and modules. */
  @GET
  @Path("{slug}")
  public Response tenant(@PathParam("slug") String slug) {
    Texts t = texts();
    var tenant = tenants.require(slug);
    var states = transactions.callAs(tenant.toRef(), () -> modules.list());
    var invited = transactions.callAs(tenant.toRef(), () -> invitations.list());
    var members = transactions.callAs(tenant.toRef(), () -> memberships.all());
    return views.page("operator/tenant", tenant.displayName())
        .with("tenant", models.summary(tenant, states, t))
        .with("administrators", models.administrators(members, invited))
        .with("invitations", models.invitations(invited, t))
        .with("port", port())
        .response();
  }

  /** Sends a pending invitation again (the administrator lost it, or it went to spam). */
  @POST
  @Path("{slug}/invitations/{id}/resend")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resend(@PathParam("slug") String slug, @PathParam("id") UUID id) {
    var tenant = tenants.require(slug);
    String origin = PublicOrigin.forHost(request, tenant.hosts().stream().sorted().findFirst().orElseThrow());
    transactions.runAs(tenant.toRef(), () -> invitations.resend(id, origin));
    return views.seeOther("/operator/tenants/" + slug + "#invitations");
  }

  @GET
  @Path("{slug}/edit")
  public Response edit(@PathParam("slug") String slug) {
    var tenant = tenants.require(slug);
    return editPage(tenant, TenantForm.of(tenant)).response();
  }

  /** Name, host names, language, time zone and colour, checked as at creation. */
  @POST
  @Path("{slug}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("slug") String slug, MultivaluedMap<String, String> posted) {
    var tenant = tenants.require(slug);
    return views.submit(Form.of(posted), form -> {
      var spec = TenantForm.readChanges(form, tenant, PlatformConfig.platformHosts());
      form.requireValid();
      tenants.update(slug, spec);
      return "/operator/tenants/" + slug;
    }, form -> editPage(tenant, form));
  }

  /** Suspending or reactivating asks first: a page saying what it does, with one button. */
  @GET
  @Path("{slug}/{change: suspend|reactivate}")
  public Response confirm(@PathParam("slug") String slug, @PathParam("change") String change) {
    Texts t = texts();
    var tenant = tenants.require(slug);
    return views.page("operator/confirm", t.get(change + ".title", tenant.displayName()))
        .with("slug", slug).with("change", change)
        .with("explanation", t.get(change + ".explanation", tenant.displayName()))
        .with("confirm", t.get(change + ".confirm"))
        .response();
  }

  @POST
  @Path("{slug}/{change: suspend|reactivate}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response suspendOrReactivate(@PathParam("slug") String slug, @PathParam("change") String change) {
    if ("suspend".equals(change)) {
      tenants.suspend(slug);
    } else {
      tenants.reactivate(slug);
    }
    return views.seeOther("/operator/tenants/" + slug);
  }

  private View editPage(org.parvis.core.tenant.domain.Tenant tenant, Form form) {
    Texts t = texts();
    return views.page("operator/edit", t.get("edit.title", tenant.displayName()))
        .with("slug", tenant.slug())
        .with("zones", models.newTenant(tenant.kind(), null, t).zones())
        .form(form);
  }

  private View form(TenantKind kind, Form form, OfficialCommune commune) {
    Texts t = texts();
    return views.page("operator/new", t.get("new.titleOf", t.get("kind." + kind.name())))
        .with("wizard", models.newTenant(kind, commune, t))
        .form(form);
  }

  private String port() {
    String host = request.getHeader("Host");
    return host != null && host.contains(":") ? host.substring(host.indexOf(':')) : "";
  }

  private Texts texts() {
    return Texts.of("messages.operator", views.locale());
  }

  private static TenantKind kind(String parameter) {
    return Arrays.stream(TenantKind.values())
        .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(parameter)).findFirst().orElse(null);
  }
}
