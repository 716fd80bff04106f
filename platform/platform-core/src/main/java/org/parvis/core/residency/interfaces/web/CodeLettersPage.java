package org.parvis.core.residency.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parvis.core.portal.DefaultPortalLayout;
import org.parvis.core.residency.application.CensusCsv;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.CodeIssuance;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrator types the people to write to (one per line: names, birth date, postal address) and gets one
 * printable letter per person with their one-time code, on the commune's letterhead, one letter per printed page.
 * The codes are shown on that answer only (never stored in clear, not cached).
 */
@Path("/admin/residency/codes")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CodeLettersPage {

  /** At most this many letters at once. */
  static final int MAX_PEOPLE = 500;

  @Inject CodeIssuance codes;
  @Inject CensusImport census;
  @Inject PortalViews views;
  @Inject DefaultPortalLayout layout;
  @Inject CurrentTenant tenant;
  @Context UriInfo uri;

  @GET
  public Response page() {
    return page(Form.prefilled(java.util.Map.of("validDays", "90"))).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issue(MultivaluedMap<String, String> posted) {
    Form form = Form.of(posted);
    List<String> lines = form.paragraphs("people", 200_000).lines().filter(l -> !l.isBlank()).toList();
    int validDays = (int) form.wholeNumber("validDays", 1, 365);
    Optional<String> district = form.optionalText("district", 100);
    if (district.isPresent() && !census.districts().containsKey(district.get())) {
      form.refuse("district", "form.notChoice");
    }
    List<PersonIdentity> people = new ArrayList<>();
    List<List<String>> addresses = new ArrayList<>();
    if (lines.size() > MAX_PEOPLE) {
      form.refuse("people", "codes.tooMany", MAX_PEOPLE);
    }
    for (int i = 0; i < lines.size() && form.isValid(); i++) {
      String[] fields = lines.get(i).split("[;\t]", 4);
      Optional<LocalDate> born = fields.length < 3 ? Optional.empty() : CensusCsv.birthDate(fields[2]);
      if (born.isEmpty() || PersonIdentity.normalize(fields[0]).isEmpty()
          || PersonIdentity.normalize(fields[1]).isEmpty()) {
        form.refuse("people", "codes.badLine", i + 1);
        break;
      }
      people.add(new PersonIdentity(fields[0].strip(), fields[1].strip(), born.get()));
      addresses.add(fields.length < 4 ? List.of()
          : Arrays.stream(fields[3].split("[,;\t]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
    if (!form.isValid()) {
      return page(form).status(422).response();
    }
    return letters(form, people, addresses, validDays, district);
  }

  /** The letters (not a redirect: the codes are shown on this answer only), or the form again if refused. */
  private Response letters(Form form, List<PersonIdentity> people, List<List<String>> addresses, int validDays,
      Optional<String> district) {
    Texts t = ResidencyPageModels.texts(views.locale());
    try {
      var issued = codes.issue(people, validDays, district);
      var brand = layout.tenant();
      Response page = views.page("residency/letters", t.get("letters.title"))
          .with("letters", ResidencyPageModels.letters(t, tenant.require().zone(), issued, addresses))
          .with("letterhead", ResidencyPageModels.letterhead(brand.brandingName(), brand.primaryColor(),
              brand.secondaryColor(), uri.getBaseUri().resolve("/me/residency").toString()))
          .response();
      return Response.fromResponse(page).header("Cache-Control", "no-store").build();
    } catch (org.parvis.spi.problem.ProblemException refused) {
      form.refuse(refused);
      return page(form).status(refused.status() == 400 ? 422 : refused.status()).response();
    }
  }

  private View page(Form form) {
    Texts t = ResidencyPageModels.texts(views.locale());
    return views.page("residency/codes", t.get("codes.title"))
        .form(form)
        .with("districts", List.copyOf(census.districts().keySet()))
        .with("max", MAX_PEOPLE);
  }
}
