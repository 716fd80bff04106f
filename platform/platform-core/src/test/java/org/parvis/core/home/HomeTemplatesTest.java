package org.parvis.core.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.home.HomePageModels.Banner;
import org.parvis.core.home.HomePageModels.Home;
import org.parvis.core.home.HomePageModels.Link;
import org.parvis.core.home.HomePageModels.ModuleCard;
import org.parvis.core.portal.views.PageFormats;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.spi.home.Happening;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class HomeTemplatesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Visitor CAMILLE = new Visitor(true, "Camille", Set.of(TenantRole.CITIZEN), true);

  private static HomePageModels.Happenings happenings(String language) {
    List<Happening> all = List.of(
        Happening.openNow("Quel nom pour la nouvelle médiathèque ?", "/votations/1", "312 votes",
            Instant.parse("2026-12-14T17:00:00Z")),
        Happening.result("Budget participatif 2025", "/budget/editions/2/results", "14 projets retenus",
            Instant.parse("2026-11-20T09:00:00Z")),
        Happening.upcoming("Chantier du jardin partagé Mistral", "/worksites/3", "Il reste 4 places",
            Instant.parse("2026-12-12T08:30:00Z")),
        Happening.waitingForYou("Votez : Quel nom pour la nouvelle médiathèque ?", "/votations/1", "",
            Instant.parse("2026-12-14T17:00:00Z")));
    Texts t = Texts.of("messages.home", language);
    return HomePageModels.happenings(WhatIsHappening.of(all, NOW),
        new PageFormats(t.locale(), ZoneId.of("Europe/Paris")), t);
  }

  private static Home home(String language, Banner banner) {
    return new Home(HomePageModels.welcome("Bienvenue à Grenoble !\n\nDonnez votre avis.", "défaut"), banner,
        happenings(language), List.of(new ModuleCard("Votations", "Votes des habitants",
            List.of(new Link("Votations", "/votations"), new Link("Résultats", "/votations/results")))));
  }

  @Test
  void theHomePageGroupsWhatIsHappeningWithItsDates() {
    String html = TemplatePreview.render("home/index", "fr", Form.empty(), CAMILLE,
        Map.of("home", home("fr", new Banner("/files/abc", "La place Grenette un jour de marché"))));
    assertTrue(html.contains("<img class=\"home-banner\" src=\"/files/abc\" alt=\"La place Grenette un jour de marché\">"), html);
    assertTrue(html.contains("<p class=\"lead\">Bienvenue à Grenoble !</p>"), html);
    assertTrue(html.contains("<p>Donnez votre avis.</p>"), html);
    assertTrue(html.contains("<h2 id=\"open-title\">Ouvert en ce moment</h2>"), html);
    assertTrue(html.contains("<a href=\"/votations/1\">Quel nom pour la nouvelle médiathèque ?</a>"), html);
    assertTrue(html.contains("<time datetime=\"2026-12-14T18:00+01:00\">Jusqu&#39;au 14 décembre 2026 à 18:00</time>"), html);
    assertTrue(html.contains("Derniers résultats") && html.contains("Publié le 20 novembre 2026"), html);
    assertTrue(html.contains("À venir") && html.contains("Le 12 décembre 2026 à 09:30"), html);
    assertTrue(html.contains("Ce qui vous attend") && html.contains("Votez : Quel nom"), html);
    assertTrue(html.indexOf("Ce qui vous attend") < html.indexOf("Ouvert en ce moment"), html);
    assertFalse(html.contains("Modifier l&#39;accueil"), "only administrators see the edit link");
    assertFalse(html.contains("<h1"), html);
    assertTrue(html.contains("<p><a href=\"/votations\">Votations</a></p><p><a href=\"/votations/results\">Résultats</a></p>"),
        "a module's links are apart, one a line: " + html);
  }

  @Test
  void inEnglishAndForTheAdministrator() {
    Visitor admin = new Visitor(true, "Alex", Set.of(TenantRole.ADMIN), false);
    String html = TemplatePreview.render("home/index", "en", Form.empty(), admin, Map.of("home", home("en", null)));
    assertTrue(html.contains("Open now") && html.contains("Until December 14, 2026"), html);
    assertTrue(html.contains("<a href=\"/admin/home\">Edit the home page</a>"), html);
    assertFalse(html.contains("<img"), html);
  }

  @Test
  void anEmptyCommuneStillWelcomesAndShowsNoEmptyHeading() {
    Home empty = new Home(HomePageModels.welcome("  ", "Bienvenue sur le portail de participation."), null,
        new HomePageModels.Happenings(List.of(), List.of(), List.of(), List.of()), List.of());
    String html = TemplatePreview.render("home/index", "fr", Map.of("home", empty));
    assertTrue(html.contains("Bienvenue sur le portail de participation."), html);
    assertFalse(html.contains("<section"), html);
    assertTrue(html.contains("Aucun espace de participation"), html);
  }

  @Test
  void theEditPageLabelsEveryFieldAndShowsARefusalNextToIt() {
    var posted = new MultivaluedHashMap<String, String>();
    posted.add("welcome", "Bonjour");
    Form form = Form.of(posted);
    form.refuse(ProblemException.invalidField(HomeContents.ALT_REQUIRED, "bannerAlt", "needs alt"));
    String html = TemplatePreview.render("home/edit", "fr", form, new Visitor(true, "Alex", Set.of(TenantRole.ADMIN),
        false), Map.of("banner", "/files/abc"));
    assertTrue(html.contains("<label for=\"welcome\">Texte d&#39;accueil"), html);
    assertTrue(html.contains(">Bonjour</textarea>"), html);
    assertTrue(html.contains("<legend>Bannière</legend>"), html);
    assertTrue(html.contains("<label for=\"banner\">Remplacer la bannière"), html);
    assertTrue(html.contains("Décrivez l&#39;image de la bannière pour qui ne la voit pas."), html);
    assertTrue(html.contains("<label for=\"removeBanner\">Retirer la bannière</label>"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertTrue(html.contains("name=\"csrf\""), html);
  }

  @Test
  void theWelcomeTextIsSplitIntoParagraphs() {
    assertEquals(List.of("Un", "Deux"), HomePageModels.welcome("Un\n\n  \nDeux\n", "x"));
    assertEquals(List.of("Une ligne\net une autre"), HomePageModels.welcome("Une ligne\net une autre", "x"));
    assertEquals(List.of("x"), HomePageModels.welcome(null, "x"));
  }
}
