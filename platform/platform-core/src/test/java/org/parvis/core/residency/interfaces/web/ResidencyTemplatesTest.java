package org.parvis.core.residency.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.core.residency.application.CensusCsv;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.CodeIssuance;
import org.parvis.core.residency.domain.PersonIdentity;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

/** The residency administration pages rendered from their templates with realistic view models. */
class ResidencyTemplatesTest {

  private static final Visitor ADMIN = new Visitor(true, "Claire Admin", Set.of(TenantRole.ADMIN), false);
  private static final Texts FR = ResidencyPageModels.texts(Locale.FRENCH);
  private static final Texts EN = ResidencyPageModels.texts(Locale.ENGLISH);

  private static String settings(Texts t, Form form, List<String> chosen, long size) {
    Map<String, Object> data = new HashMap<>();
    data.put("methods", ResidencyPageModels.methods(t, chosen));
    data.put("censusSize", size);
    data.put("districts", ResidencyPageModels.districts(t, Map.of("Centre-bourg", 1204L, "Les Prés", 1L)));
    data.put("waiting", 2);
    return TemplatePreview.render("residency/settings", t.language(), form, ADMIN, data);
  }

  @Test
  void theSettingsExplainEachMethodAndShowTheCensusAndItsDistricts() {
    String html = settings(FR, Form.prefilled(Map.of("minimumAge", "16")), List.of("CENSUS"), 1205);
    assertTrue(html.contains("<legend>Moyens de prouver sa résidence</legend>"), html);
    assertTrue(html.contains("id=\"method-CENSUS\" name=\"methods\" value=\"CENSUS\" checked"), html);
    assertFalse(html.contains("value=\"CODE\" checked"), html);
    assertTrue(html.contains("<label for=\"method-STAFF_APPROVAL\">Validation par un agent</label>"), html);
    assertTrue(html.contains("n&#39;est jamais gardée en clair"), html);
    assertTrue(html.contains("type=\"number\" min=\"0\" max=\"120\""), html);
    assertTrue(html.contains("value=\"16\""), html);
    assertTrue(html.contains("La liste compte 1\u202f205 personnes."), html);
    assertTrue(html.contains("<th scope=\"row\">Centre-bourg</th><td>1\u202f204 personnes</td>"), html);
    assertTrue(html.contains("<th scope=\"row\">Les Prés</th><td>une personne</td>"), html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("2 demandes en attente"), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    String none = settings(EN, Form.prefilled(Map.of("minimumAge", "0")), List.of(), 0);
    assertTrue(none.contains("The commune has no list of residents yet."), none);
  }

  @Test
  void aRefusedMinimumAgeIsShownNextToItsField() {
    Form form = Form.prefilled(Map.of("minimumAge", "130"));
    form.wholeNumber("minimumAge", 0, 120);
    String html = settings(FR, form, List.of("CODE"), 0);
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("<a href=\"#minimumAge\">"), html);
    assertTrue(html.contains("id=\"minimumAge-error\""), html);
    assertTrue(html.contains("aria-invalid=\"true\""), html);
    assertTrue(html.contains("value=\"CODE\" checked"), html);
  }

  @Test
  void theUploadFormTakesAFileAndSaysWhatItAccepts() {
    String html = TemplatePreview.render("residency/census", "fr", Form.empty(), ADMIN, Map.of("censusSize", 0L));
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertTrue(html.contains("<label for=\"file\">Fichier de la liste (CSV)</label>"), html);
    assertTrue(html.contains("Windows-1252"), html);
    Form refused = Form.empty().refuse("file", "problem.census-encoding");
    String again = TemplatePreview.render("residency/census", "fr", refused, ADMIN, Map.of("censusSize", 12L));
    assertTrue(again.contains("ni en UTF-8 ni en Windows-1252 : rien n&#39;a été enregistré"), again);
    assertTrue(again.contains("La liste compte 12 personnes."), again);
  }

  @Test
  void thePreviewShowsCountsFirstLinesDistrictsAndEveryBadLine() throws IOException {
    byte[] file;
    try (InputStream in = getClass().getResourceAsStream("/census/mairie-windows-1252.csv")) {
      file = in.readAllBytes();
    }
    var parsed = CensusCsv.read(file);
    var preview = new CensusImport.Preview(UUID.randomUUID(), "windows-1252", parsed, Map.of(),
        Map.of("Centre-bourg", 2L, "Les Prés", 1L));
    String html = preview("fr", ResidencyPageModels.preview(FR, "mairie.csv", preview, null));
    assertTrue(html.contains("Fichier « mairie.csv », lu en Windows-1252, séparateur point-virgule."), html);
    assertTrue(html.contains("3 personnes lues"), html);
    assertTrue(html.contains("Une ligne en erreur."), html);
    assertTrue(html.contains("<li>Ligne 5 : date de naissance manquante</li>"), html);
    assertTrue(html.contains("<th scope=\"row\">Lefèvre</th><td>Hélène Marie</td><td>7 mars 1958</td><td>Centre-bourg</td>"),
        html);
    assertTrue(html.contains("Centre-bourg — 2 personnes"), html);
    assertFalse(html.contains("/admin/residency/census/confirmation"), "a file with errors cannot be confirmed");
    assertTrue(html.contains("Rien n&#39;a été enregistré"), html);

    var good = CensusCsv.parse("nom;prénom;date de naissance\nPetit;Luc;02/03/2001\nRoux;Anne;1990-01-01\n");
    var valid = new CensusImport.Preview(UUID.randomUUID(), "UTF-8", good, Map.of("a", "", "b", ""), Map.of());
    String ok = preview("en", ResidencyPageModels.preview(EN, "census.csv", valid, "token-1"));
    assertTrue(ok.contains("action=\"/admin/residency/census/confirmation\""), ok);
    assertTrue(ok.contains("<input type=\"hidden\" name=\"token\" value=\"token-1\">"), ok);
    assertTrue(ok.contains("<label for=\"confirm\">I replace the current list by these 2 people.</label>"), ok);
    assertTrue(ok.contains("read as UTF-8, separator semicolon"), ok);
    assertTrue(ok.contains("The list names no district."), ok);
  }

  private static String preview(String language, ResidencyPageModels.CensusPreview preview) {
    return TemplatePreview.render("residency/census-preview", language, Form.empty(), ADMIN,
        Map.of("preview", preview, "censusSize", 3L));
  }

  @Test
  void theCodesFormListsTheCensusDistricts() {
    String html = TemplatePreview.render("residency/codes", "fr", Form.prefilled(Map.of("validDays", "90")), ADMIN,
        Map.of("districts", List.of("Centre-bourg", "Les Prés"), "max", 500));
    assertTrue(html.contains("<label for=\"people\">Personnes à qui écrire</label>"), html);
    assertTrue(html.contains("au plus 500"), html);
    assertTrue(html.contains("<option>Les Prés</option>"), html);
    assertTrue(html.contains("type=\"number\" min=\"1\" max=\"365\""), html);
    String without = TemplatePreview.render("residency/codes", "en", Form.empty(), ADMIN,
        Map.of("districts", List.of(), "max", 500));
    assertFalse(without.contains("<select"), without);
  }

  @Test
  void eachLetterIsAPrintedPageWithTheCommunesNameColoursAndTheCode() {
    var codes = List.of(
        new CodeIssuance.IssuedCode(new PersonIdentity("Lefèvre", "Hélène", java.time.LocalDate.of(1958, 3, 7)),
            "ABCD-EFGH-JKMN", Instant.parse("2027-03-07T10:00:00Z")),
        new CodeIssuance.IssuedCode(new PersonIdentity("Garçon", "Noël", java.time.LocalDate.of(1970, 1, 1)),
            "PQRS-TUVW-XYZ2", Instant.parse("2027-03-07T10:00:00Z")));
    var letters = ResidencyPageModels.letters(FR, ZoneId.of("Europe/Paris"), codes,
        List.of(List.of("12 rue des Écoles", "44000 Nantes"), List.of()));
    var head = ResidencyPageModels.letterhead("Saint-Herblain", "#005a9c", "red;}</style>", "https://saint-herblain.example/me/residency");
    String html = TemplatePreview.render("residency/letters", "fr", Form.empty(), ADMIN,
        Map.of("letters", letters, "letterhead", head));
    assertTrue(html.contains("@media print"), html);
    assertTrue(html.contains("break-after: page"), html);
    assertTrue(html.contains("--letter-primary: #005a9c; --letter-secondary: #5a6b7d;"), "a bad colour is replaced");
    assertEquals(2, html.split("<article class=\"letter\"").length - 1, html);
    assertTrue(html.contains("<p class=\"letterhead\">Saint-Herblain</p>"), html);
    assertTrue(html.contains("Hélène Lefèvre<br>12 rue des Écoles<br>44000 Nantes"), html);
    assertTrue(html.contains("<p class=\"code\">ABCD-EFGH-JKMN</p>"), html);
    assertTrue(html.contains("valable jusqu&#39;au 7 mars 2027"), html);
    assertTrue(html.contains("https://saint-herblain.example/me/residency"), html);
    assertTrue(html.contains("2 lettres sont prêtes"), html);
  }

  @Test
  void theQueueAndARequestPageWithConfirmations() {
    var row = new ResidencyPageModels.RequestRow(UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f"),
        "Lefèvre", "Hélène", "7 mars 1958", "7 décembre 2026 à 10:15");
    String queue = TemplatePreview.render("residency/requests", "fr", Form.empty(), ADMIN,
        Map.of("requests", List.of(row)));
    assertTrue(queue.contains("<a href=\"/admin/residency/requests/6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f\">Lefèvre Hélène</a>"),
        queue);
    assertTrue(queue.contains("<th scope=\"col\">Date de naissance</th>"), queue);
    String empty = TemplatePreview.render("residency/requests", "en", Form.empty(), ADMIN, Map.of("requests", List.of()));
    assertTrue(empty.contains("No request is waiting."), empty);

    Form refused = Form.empty();
    refused.refuse("confirmApproval", "requests.confirmRequired");
    String page = TemplatePreview.render("residency/request", "fr", refused, ADMIN,
        Map.of("request", row, "districts", List.of("Centre-bourg", "Les Prés")));
    assertTrue(page.contains("action=\"/admin/residency/requests/6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f/approval\""), page);
    assertTrue(page.contains("action=\"/admin/residency/requests/6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f/rejection\""), page);
    assertTrue(page.contains("<label for=\"district\">Quartier de résidence</label>"), page);
    assertTrue(page.contains("<option>Centre-bourg</option>"), page);
    assertTrue(page.contains("J&#39;ai vérifié l&#39;identité et le domicile de Hélène Lefèvre."), page);
    assertTrue(page.contains("id=\"confirmApproval-error\""), page);
    assertTrue(page.contains("<a href=\"#confirmApproval\">Cochez la case pour confirmer.</a>"), page);
  }
}
