package org.parvis.modules.petitions.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.petitions.interfaces.web.PetitionPageModels.Card;
import org.parvis.modules.petitions.interfaces.web.PetitionPageModels.Page;
import org.parvis.modules.petitions.interfaces.web.PetitionPageModels.Progress;
import org.parvis.modules.petitions.interfaces.web.PetitionPageModels.Signing;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

class PetitionsTemplatesTest {

  private static final UUID ID = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final Progress HALFWAY = new Progress("Ouverte aux signatures", 1250, 2000,
      "1 250 signature(s) sur 2 000");

  private static Page open() {
    return new Page(ID, "Des arbres rue Lesdiguières", HALFWAY, true, "31 janvier 2027",
        List.of("Nous demandons <vraiment> des arbres.", "Et des bancs."), null, false, List.of(), null, null,
        "PUBLISHED", null);
  }

  private static String page(Page page, Signing signing, long minimumAge, Form form) {
    Map<String, Object> data = new HashMap<>();
    data.put("petition", page);
    data.put("signing", signing);
    data.put("minimumAge", minimumAge);
    return TemplatePreview.render("petitions/petition", "fr", form, Visitor.ANONYMOUS, data);
  }

  @Test
  void theListShowsEachPetitionsCounterAndProgress() {
    String html = TemplatePreview.render("petitions/index", "fr",
        Map.of("petitions", List.of(new Card(ID, "Des arbres", HALFWAY))));
    assertTrue(html.contains("<a href=\"/petitions/" + ID + "\">Des arbres</a>"), html);
    assertTrue(html.contains("<progress max=\"2000\" value=\"1250\" aria-label=\"Progression vers le seuil\">"), html);
    assertTrue(html.contains("1 250 signature(s) sur 2 000"), html);
    String none = TemplatePreview.render("petitions/index", "en", Map.of("petitions", List.of()));
    assertTrue(none.contains("<p>No open petition yet.</p>"), none);
  }

  @Test
  void anOpenPetitionOffersTheSigningFormWithTheAgeProofWhereAMinimumAgeIsSet() {
    String html = page(open(), Signing.SIGN, 16, Form.empty());
    assertTrue(html.contains("Signatures jusqu&#39;au 31 janvier 2027"), html);
    assertTrue(html.contains("<p>Nous demandons &lt;vraiment&gt; des arbres.</p>"), html);
    assertTrue(html.contains("au moins 16 ans"), html);
    assertTrue(html.contains("<label for=\"birthDate\">"), html);
    assertTrue(html.contains("<label for=\"keepInformed\">"), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    assertFalse(page(open(), Signing.SIGN, 0, Form.empty()).contains("birthDate"), "no age proof without a minimum");
  }

  @Test
  void visitorsAreToldHowToSignAndSignersHowToWithdraw() {
    assertTrue(page(open(), Signing.SIGN_IN, 0, Form.empty()).contains("connectez-vous"));
    assertTrue(page(open(), Signing.VERIFY, 0, Form.empty()).contains("href=\"/me/residency\""));
    String signed = page(open(), Signing.SIGNED, 0, Form.empty());
    assertTrue(signed.contains("Vous avez signé cette pétition.") && signed.contains("Retirer ma signature"), signed);
  }

  @Test
  void aRefusedSignatureIsShownInFrenchWithTheIdentityTyped() {
    Form form = Form.prefilled(Map.of("lastName", "Citoyenne", "firstNames", "Camille", "birthDate", "1990-05-12",
        "keepInformed", "on"));
    form.refuse(new ProblemException(403, "urn:parvis:problem:identity-mismatch", "Forbidden", "English detail"));
    String html = page(open(), Signing.SIGN, 16, form);
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("Cette identité n&#39;est pas celle"), html);
    assertFalse(html.contains("English detail"), html);
    assertTrue(html.contains("value=\"Citoyenne\"") && html.contains("value=\"1990-05-12\""), html);
    assertTrue(html.contains("name=\"keepInformed\" checked"), html);
  }

  @Test
  void anAnsweredPetitionShowsTheCouncilsAnswerAndDecision() {
    Page answered = new Page(ID, "Des arbres", new Progress("Réponse du conseil publiée", 2100, 2000, "2 100"), false,
        null, List.of("Texte"), "12 mars 2027", true, List.of("Le conseil plantera 40 arbres."), "Décision : adoptée", null,
        "ANSWERED", null);
    String html = page(answered, Signing.SIGN, 0, Form.empty());
    assertTrue(html.contains("Examen en conseil municipal le 12 mars 2027"), html);
    assertTrue(html.contains("<p>Le conseil plantera 40 arbres.</p>") && html.contains("Décision : adoptée"), html);
    assertTrue(html.contains("value=\"2000\""), "the bar stops at the goal: " + html);
    assertFalse(html.contains("<form"), "no signing once answered: " + html);
  }
}
