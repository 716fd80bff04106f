package org.parvis.core.tenant.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.CommuneFacts;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.InvitationRow;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.KindOption;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.ModuleOption;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.NewTenant;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.TenantSummary;
import org.parvis.core.tenant.interfaces.web.OperatorTenantPageModels.ZoneOption;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.Form;

class OperatorTemplatesTest {

  private static final NewTenant COMMUNE = new NewTenant("commune", "Commune", true,
      List.of(new ModuleOption("budget", "module.budget", "Budget participatif", "Des idées aux projets votés."),
          new ModuleOption("petitions", "module.petitions", "Pétitions", "Avec un seuil.")),
      List.of(new ZoneOption("Europe/Paris", "France métropolitaine (Europe/Paris)"),
          new ZoneOption("America/Cayenne", "Guyane (America/Cayenne)")), null);

  private static String form(String language, Form form) {
    return TemplatePreview.render("operator/new", language, form, Visitor.ANONYMOUS, Map.of("wizard", COMMUNE));
  }

  private static Form typed() {
    return Form.prefilled(Map.of("displayName", "Saint-Martin-d'Hères", "slug", "smh", "hosts",
        "smh.localhost\n192.168.1.20", "defaultLocale", "fr", "timeZone", "America/Cayenne",
        "primaryColor", "#ffd700", "module.petitions", "on"));
  }

  @Test
  void theKindIsChosenFirstEachWithWhatItIsFor() {
    String html = TemplatePreview.render("operator/kind", "fr", Map.of("kinds", List.of(
        new KindOption("commune", "Commune", "Une mairie et ses habitants."),
        new KindOption("collective", "Collectif citoyen", "Une association."))));
    assertTrue(html.contains("<form method=\"get\" action=\"/operator/tenants/new\">"), html);
    assertTrue(html.contains("<legend>Quel type d&#39;espace créer ?</legend>"), html);
    assertTrue(html.contains("id=\"kind-commune\" value=\"commune\" aria-describedby=\"kind-commune-hint\""), html);
    assertTrue(html.contains("<label for=\"kind-collective\">Collectif citoyen</label>"), html);
  }

  @Test
  void theFormStartsWithTheKindsModulesTickedAndEveryFieldLabelled() {
    Form prefilled = Form.prefilled(Map.of("defaultLocale", "fr", "timeZone", "Europe/Paris",
        "primaryColor", "#1f3a5f", "module.budget", "on"));
    String html = form("fr", prefilled);
    assertTrue(html.contains("action=\"/operator/tenants/new?kind=commune\""), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    for (String field : List.of("displayName", "slug", "hosts", "timeZone", "primaryColor", "adminEmail", "module.budget",
        "module.petitions", "defaultLocale-fr", "defaultLocale-en")) {
      assertTrue(html.contains("<label for=\"" + field + "\""), field + " has a label: " + html);
    }
    assertTrue(html.contains("name=\"module.budget\" value=\"on\" aria-describedby=\"module.budget-hint\" checked"),
        html);
    assertFalse(html.contains("name=\"module.petitions\" value=\"on\" aria-describedby=\"module.petitions-hint\" checked"),
        html);
    assertTrue(html.contains("value=\"fr\" required checked"), html);
    assertTrue(html.contains("<option value=\"Europe/Paris\" selected>France métropolitaine (Europe/Paris)</option>"),
        html);
    assertTrue(html.contains("type=\"color\" value=\"#1f3a5f\""), html);
    assertTrue(html.contains("<legend>Modules activés</legend>"), html);
    assertFalse(html.contains("role=\"alert\""), "no error summary before a refusal");
  }

  @Test
  void refusalsAreShownNextToTheirFieldsWithWhatWasTyped() {
    Form form = typed();
    var spec = TenantForm.read(form, TenantKind.COMMUNE, Set.of("localhost"), List.of("budget", "petitions"));
    assertFalse(form.isValid());
    String html = form("fr", form);
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("<a href=\"#hosts\">Noms d&#39;hôte : « 192.168.1.20 » est une adresse IP"), html);
    assertTrue(html.contains("Le texte blanc sur #ffd700 n&#39;a qu&#39;un contraste de 1,4:1"), html);
    assertTrue(html.contains("smh.localhost\n192.168.1.20</textarea>"), "hosts typed kept: " + html);
    assertTrue(html.contains("value=\"Saint-Martin-d&#39;Hères\""), html);
    assertTrue(html.contains("<option value=\"America/Cayenne\" selected>"), html);
    assertTrue(html.contains("name=\"module.petitions\" value=\"on\" aria-describedby=\"module.petitions-hint\" checked"),
        html);
    assertEquals(List.of("petitions"), List.copyOf(spec.modules().keySet()));

    String english = form("en", typed().refuse("hosts", "hosts.platform", "localhost"));
    assertTrue(english.contains("“localhost” is an address of the platform itself"), english);
  }

  @Test
  void aCommuneLookedUpShowsWhatTheOfficialListSays() {
    var lookedUp = new NewTenant("commune", "Commune", true, COMMUNE.modules(), COMMUNE.zones(),
        new CommuneFacts("38421", "Saint-Martin-d'Hères", 37695, "Isère (38)", "Grenoble-Alpes-Métropole"));
    String html = TemplatePreview.render("operator/new", "fr", Form.prefilled(Map.of("inseeCode", "38421",
        "displayName", "Saint-Martin-d'Hères")), Visitor.ANONYMOUS, Map.of("wizard", lookedUp));
    assertTrue(html.contains("<label for=\"inseeCode\">Code INSEE"), html);
    assertTrue(html.contains("name=\"action\" value=\"lookup\" formnovalidate"), html);
    assertTrue(html.contains("<dd>Saint-Martin-d&#39;Hères</dd>"), html);
    assertTrue(html.contains("<dd>37\u202f695</dd>"), "population for people: " + html);
    assertTrue(html.contains("<dd>Isère (38)</dd>") && html.contains("<dd>Grenoble-Alpes-Métropole</dd>"), html);

    Form unknown = Form.prefilled(Map.of("inseeCode", "99999"));
    unknown.refuse("inseeCode", "insee.unknown", "99999");
    String refused = form("fr", unknown);
    assertTrue(refused.contains("Aucune commune actuelle n&#39;a le code INSEE « 99999 »"), refused);
    assertFalse(refused.contains("<dt>Nom officiel</dt>"), refused);
    String collective = TemplatePreview.render("operator/new", "en", Form.empty(), Visitor.ANONYMOUS,
        Map.of("wizard", new NewTenant("collective", "Collective", false, COMMUNE.modules(), COMMUNE.zones(), null)));
    assertFalse(collective.contains("inseeCode"), "no INSEE code for a collective");
  }

  @Test
  void aConflictIsShownOnItsField() {
    Form form = typed();
    form.refuse(new ProblemException(409, "urn:parvis:problem:slug-taken", "Conflict", "A tenant with slug exists",
        Map.of("errors", List.of(Map.of("field", "slug", "message", "A tenant with slug exists")))));
    String html = form("fr", form);
    assertTrue(html.contains("<p class=\"error-message\" id=\"slug-error\">Un espace utilise déjà cet identifiant"),
        html);
    assertFalse(html.contains("A tenant with slug exists"), html);
  }

  @Test
  void aCreatedTenantShowsItsHostsLinkedAndItsModules() {
    var invitations = List.of(
        new InvitationRow("0b6f3c1e-5d2a-4c1b-9a7e-3f2d1c0b9a8e", "maire@smh.fr", "administration", true,
            "En attente", java.time.Instant.parse("2026-12-07T16:30:00Z"), 2),
        new InvitationRow("1c7e4d2f-6e3b-4d2c-8b8f-4e3d2c1b0a9f", "dgs@smh.fr", "administration", false, "Acceptée",
            java.time.Instant.parse("2026-12-01T08:00:00Z"), 1));
    String html = TemplatePreview.render("operator/tenant", "fr", Map.of("port", ":8080", "invitations", invitations,
        "administrators", List.of("maire@smh.fr"), "tenant",
        new TenantSummary("smh", "Saint-Martin-d'Hères", "Commune", "Actif", List.of("smh.localhost"), "Français",
            "France métropolitaine (Europe/Paris)", "#1d4e89", List.of("Budget participatif", "Pétitions"),
            new CommuneFacts("38421", null, 37695, "Isère (38)", "Grenoble-Alpes-Métropole"), true)));
    assertTrue(html.contains("<dd>38421</dd>") && html.contains("<dd>37\u202f695</dd>")
        && html.contains("<dd>Isère (38)</dd>") && html.contains("<dd>Grenoble-Alpes-Métropole</dd>"), html);
    assertTrue(html.contains("<a href=\"http://smh.localhost:8080/\">smh.localhost</a>"), html);
    assertTrue(html.contains("<li>Pétitions</li>"), html);
    assertTrue(html.contains("Commune · Actif"), html);
    assertTrue(html.contains("<th scope=\"row\">maire@smh.fr</th>"), html);
    assertTrue(html.contains("7 déc. 2026 17:30") && html.contains("envoyée 2 fois"), html);
    assertTrue(html.contains("action=\"/operator/tenants/smh/invitations/0b6f3c1e-5d2a-4c1b-9a7e-3f2d1c0b9a8e/resend\""),
        html);
    assertTrue(html.contains("aria-label=\"Renvoyer l&#39;invitation à maire@smh.fr\""), html);
    assertFalse(html.contains("invitations/1c7e4d2f-6e3b-4d2c-8b8f-4e3d2c1b0a9f/resend"), "accepted: nothing to resend");
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("href=\"/operator/tenants/smh/edit\"") && html.contains("href=\"/operator/tenants/smh/suspend\""),
        html);
    assertTrue(html.contains("<h2 id=\"administrators\">Administrateurs</h2>\n<ul><li>maire@smh.fr</li></ul>"), html);
    String none = TemplatePreview.render("operator/tenant", "en", Map.of("port", "", "invitations", List.of(),
        "administrators", List.of(), "tenant", new TenantSummary("lumiere", "Lumière", "Collective", "Suspended",
            List.of("lumiere.localhost"), "French", "Metropolitan France (Europe/Paris)", null, List.of(), null, false)));
    assertTrue(none.contains("No one has been invited yet.") && none.contains("No module enabled."), none);
    assertTrue(none.contains("No administrator yet.") && none.contains("href=\"/operator/tenants/lumiere/reactivate\""),
        none);
    assertFalse(none.contains("/suspend\""), none);
  }

  @Test
  void theEditFormShowsTheTenantAsItIs() {
    Form form = Form.prefilled(Map.of("displayName", "Lumière", "hosts", "lumiere.localhost\nlumiere.example.org",
        "defaultLocale", "en", "timeZone", "America/Cayenne", "primaryColor", "#5b2a86"));
    String html = TemplatePreview.render("operator/edit", "fr", form, Visitor.ANONYMOUS, Map.of("slug", "lumiere",
        "zones", COMMUNE.zones()));
    assertTrue(html.contains("action=\"/operator/tenants/lumiere/edit\""), html);
    assertTrue(html.contains("lumiere.localhost\nlumiere.example.org</textarea>"), html);
    assertTrue(html.contains("value=\"en\" required checked") && html.contains("value=\"#5b2a86\""), html);
    assertTrue(html.contains("<option value=\"America/Cayenne\" selected>"), html);
    assertFalse(html.contains("name=\"slug\""), "the slug cannot change");
  }

  @Test
  void suspendingAsksFirst() {
    String html = TemplatePreview.render("operator/confirm", "fr", Map.of("slug", "smh", "change", "suspend",
        "explanation", "Tant qu'il est suspendu…", "confirm", "Oui, suspendre l'espace"));
    assertTrue(html.contains("<form method=\"post\" action=\"/operator/tenants/smh/suspend\">"), html);
    assertTrue(html.contains("name=\"csrf\"") && html.contains("Oui, suspendre l&#39;espace</button>"), html);
    assertTrue(html.contains("<a href=\"/operator/tenants/smh\">Annuler"), html);
  }

  @Test
  void theEditFormOffersTheSameLanguageAndZoneChoicesAndNamesARefusedZoneInTheSummary() {
    Form form = Form.prefilled(Map.of("displayName", "Saint-Martin-d'Hères", "hosts", "smh.localhost",
        "defaultLocale", "en", "timeZone", "Mars/Olympus", "primaryColor", "#1d4e89"));
    form.refuse("timeZone", "tenant.zoneUnknown");
    String html = TemplatePreview.render("operator/edit", "fr", form, Visitor.ANONYMOUS,
        Map.of("slug", "smh", "zones", COMMUNE.zones()));
    assertTrue(html.contains("<option value=\"America/Cayenne\">Guyane (America/Cayenne)</option>"), html);
    assertTrue(html.contains("id=\"defaultLocale-en\" value=\"en\" required checked"), html);
    assertTrue(html.contains("<a href=\"#timeZone\">Fuseau horaire : "), "the summary names the select: " + html);
  }
}
