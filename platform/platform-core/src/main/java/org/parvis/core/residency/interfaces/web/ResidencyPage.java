package org.parvis.core.residency.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parvis.core.portal.DefaultPortalLayout;
import org.parvis.core.portal.PortalTemplates;
import org.parvis.core.residency.application.ResidencyPolicies;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * A signed-in person verifies their residency from the portal, by the methods their tenant
 * offers (census match, code by letter, request to staff): the same rules as the API, in plain
 * forms usable with the keyboard alone.
 */
@Path("/me/residency")
@Produces(MediaType.TEXT_HTML)
public class ResidencyPage {


  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject ResidencyVerification verification;
  @Inject ResidencyPolicies policies;
  @Inject CurrentTenant tenant;
  @Inject Caller caller;

  @GET
  public Response page() {
    return page(subject(), null, Map.of(), 200);
  }

  @POST
  @Path("{method: census|code|request}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verify(@PathParam("method") String method, MultivaluedMap<String, String> form) {
    String subject = subject();
    Map<String, String> given = new HashMap<>();
    for (String field : List.of("lastName", "firstNames", "birthDate")) {
      given.put(field, form.getFirst(field) == null ? "" : form.getFirst(field).strip());
    }
    try {
      switch (method) {
        case "census" -> verification.byCensus(subject, identity(given));
        case "code" -> verification.byCode(subject, String.valueOf(form.getFirst("code")).strip());
        default -> verification.requestApproval(subject, identity(given));
      }
    } catch (ProblemException refused) {
      String text = MessageFormat.format(layout.messages().get("residency.refused"), refused.getMessage());
      return page(subject, text, given, layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/me/residency")).build();
  }

  private Response page(String subject, String refusal, Map<String, String> given, int status) {
    var m = layout.messages();
    Locale locale = Locale.forLanguageTag(layout.language());
    var verified = verification.verifiedIdentityOf(subject);
    Map<String, Object> data = new HashMap<>();
    data.put("m", m);
    data.put("csrf", layout.formToken());
    data.put("refusal", refusal);
    data.put("form", given);
    data.put("verified", verified.isPresent());
    data.put("verifiedText", verified.map(v -> MessageFormat.format(m.get("residency.verified"),
        m.get("residency.method." + v.method().name()),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
            .format(v.verifiedAt().atZone(tenant.require().zone())))
        + v.district().map(d -> " " + MessageFormat.format(m.get("residency.district"), d))
            .orElse("")).orElse(""));
    data.put("pending", verified.isEmpty() && verification.pendingRequestOf(subject).isPresent());
    data.put("methods", policies.offered().stream().map(VerificationMethod::name).toList());
    return layout.page(status, m.get("residency.title"), templates.render("residency", data));
  }

  private static PersonIdentity identity(Map<String, String> given) {
    LocalDate birthDate;
    try {
      birthDate = LocalDate.parse(given.get("birthDate"));
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "birthDate",
          "is not a date (YYYY-MM-DD)");
    }
    if (PersonIdentity.normalize(given.get("lastName")).isEmpty()
        || PersonIdentity.normalize(given.get("firstNames")).isEmpty()) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "lastName",
          "names must contain letters");
    }
    return new PersonIdentity(given.get("lastName"), given.get("firstNames"), birthDate);
  }

  private String subject() {
    tenant.require();
    return caller.subject().orElseThrow(() -> ProblemException.unauthorized("Sign in to verify your residency"));
  }
}
