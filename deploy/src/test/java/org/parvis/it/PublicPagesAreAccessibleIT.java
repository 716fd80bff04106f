package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.parvis.testsupport.ParvisDeployment;
import org.parvis.testsupport.TenantHttp;

/**
 * Every public page of the demo communes, and of two communes with a participatory budget in its vote and an open
 * worksite with a shift, reached by following links from their home pages as a visitor would, answers 200 and passes the checks a screen-reader or phone user depends on, evaluated by a real headless
 * Chromium on the rendered page: a language, a title, one main heading and a main region, a viewport for phones,
 * a name for every link, button and image, a label for every form field, no duplicate ids — on a desktop and on a
 * 390 px phone, where no page may scroll sideways; the phone's menu and any other {@code <details>} are opened
 * first, as a person would, and what a screen does not show (the phone's menu on a desktop) is not checked there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesAreAccessibleIT {

  private static final int PORT = Integer.getInteger("parvis.it.http.port");
  private static final int MAX_PAGES_PER_TENANT = 60;
  /** A desktop and a phone (390 × 844): no page may scroll sideways on either. */
  private static final List<Dimension> SCREENS = List.of(new Dimension(1280, 900), new Dimension(390, 844));
  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern NOT_A_PAGE = Pattern.compile(
      "^/(api|auth|files|assets)(/.*)?$|\\.(csv|pb|ics|svg|json|geojson|png|css|js|pdf)(\\?.*)?$");

  /** The checks run on each page (also by the audits of pages behind a sign-in, e.g. AdministratorGrantsRolesInThePortalIT). */
  static final String AUDIT = """
      var problems = [];
      document.querySelectorAll('details').forEach(function (d) { d.open = true; });
      function shown(e) { return e.checkVisibility ? e.checkVisibility() : e.getClientRects().length > 0; }
      function name(e) {
        return ((e.innerText || '') + ' ' + (e.getAttribute('aria-label') || '') + ' '
          + (e.getAttribute('title') || '') + ' '
          + Array.from(e.querySelectorAll('img[alt]')).map(function (i) { return i.alt; }).join(' ')).trim();
      }
      if (!document.documentElement.lang) problems.push('no lang on <html>');
      if (!document.title.trim()) problems.push('no <title>');
      var h1 = document.querySelectorAll('h1').length;
      if (h1 !== 1) problems.push(h1 + ' <h1> elements');
      if (!document.querySelector('main')) problems.push('no <main>');
      if (!document.querySelector('meta[name=viewport]')) problems.push('no viewport <meta>');
      document.querySelectorAll('img').forEach(function (i) {
        if (shown(i) && !i.hasAttribute('alt')) problems.push('image without alt: ' + i.getAttribute('src'));
      });
      document.querySelectorAll('a[href]').forEach(function (a) {
        if (shown(a) && !name(a)) problems.push('link without a name: ' + a.getAttribute('href'));
      });
      document.querySelectorAll('button').forEach(function (b) {
        if (shown(b) && !name(b)) problems.push('button without a name: ' + b.outerHTML.slice(0, 80));
      });
      document.querySelectorAll('input, select, textarea').forEach(function (f) {
        if (['hidden', 'submit', 'button', 'reset', 'image'].indexOf(f.type) >= 0 || !shown(f)) return;
        if (f.labels.length === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby')) {
          problems.push('field without a label: ' + (f.name || f.id || f.outerHTML.slice(0, 60)));
        }
      });
      var seen = {};
      document.querySelectorAll('[id]').forEach(function (e) {
        if (seen[e.id]) problems.push('duplicate id: ' + e.id);
        seen[e.id] = true;
      });
      var wide = document.documentElement.scrollWidth - window.innerWidth;
      if (wide > 0) problems.push('scrolls sideways by ' + wide + ' px at ' + window.innerWidth + ' px');
      return problems;
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ParvisDeployment.builtWar();
  }

  @Test
  void everyPublicPageIsUsableWithAssistiveTechnology() {
    List<String> hosts = new ArrayList<>(List.of("grenoble.localhost", "lumiere.localhost",
        "assemblee-occitanie.localhost"));
    String voting = communeVotingOnItsBudget();
    String worksite = communeWithAnOpenWorksite();
    hosts.add(voting);
    hosts.add(worksite);
    // Their home pages show what is happening (and the crawl follows it): the vote open now, the shift to come.
    String votingHome = TenantHttp.on(voting).getHtml("/").body();
    assertTrue(votingHome.contains("<h2 id=\"open-title\">Ouvert en ce moment</h2>"), votingHome);
    String worksiteHome = TenantHttp.on(worksite).getHtml("/").body();
    assertTrue(worksiteHome.contains("<h2 id=\"upcoming-title\">À venir</h2>"), worksiteHome);
    hosts.add(communeQuestioningItsOfficials());
    hosts.add(communeConsultingItsResidents());
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List<String> audited = new ArrayList<>();
    try (var chromium = HeadlessChromium.start()) {
      for (String host : hosts) {
        var http = TenantHttp.on(host);
        for (String path : crawl(host, http, problems)) {
          for (Dimension screen : SCREENS) {
            chromium.driver().manage().window().setSize(screen);
            chromium.driver().get("http://" + host + ":" + PORT + path);
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) ((JavascriptExecutor) chromium.driver())
                .executeScript(AUDIT);
            if (!found.isEmpty()) {
              problems.put(host + path + " at " + screen.getWidth() + " px",
                  found.stream().map(Object::toString).toList());
            }
          }
          audited.add(host + path);
        }
      }
    }
    assertEquals(Map.of(), problems, "pages with problems");
    assertTrue(audited.size() >= 20, "expected the communes' module pages, audited " + audited);
  }

  private static String communeVotingOnItsBudget() {
    var commune = BudgetCommune.create("pages-budget", "DUPONT");
    var edition = commune.edition("equal-shares",
        "{\"kind\": \"APPROVAL\", \"maxChoices\": 2, \"minChoices\": 1}",
        "[{\"name\": \"Toute la ville\", \"amount\": 100000, \"district\": false}]");
    String id = edition.getString("id");
    String city = BudgetCommune.envelopeId(edition, 0);
    var author = commune.account("autrice");
    String garden = BudgetCommune.idea(author, id, city, "Jardin partagé", 40000);
    String benches = BudgetCommune.idea(author, id, city, "Bancs publics", 10000);
    commune.moveTo(id, 1, "FEASIBILITY_REVIEW");
    commune.feasible(garden, 40000);
    commune.feasible(benches, 10000);
    commune.moveTo(id, 2, "VOTE");
    return commune.tenant().host();
  }

  private static String communeWithAnOpenWorksite() {
    var commune = VolunteersRegisterForAWorksiteIT.commune("pages-chantier");
    var staff = commune.withRole("agent", "STAFF");
    String worksite = VolunteersRegisterForAWorksiteIT.acceptedWorksite(commune, staff, 1);
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    VolunteersRegisterForAWorksiteIT.shift(staff, worksite, start, start.plus(3, ChronoUnit.HOURS), 5);
    return commune.tenant().host();
  }

  /** Questions to elected officials: an official, a coming session, a question on its agenda, a rejected one. */
  private static String communeQuestioningItsOfficials() {
    var commune = ResidentsQuestionTheirElectedOfficialsIT.commune("pages-questions");
    var moderator = commune.withRole("moderatrice", "MODERATOR");
    var staff = commune.withRole("secretariat", "STAFF");
    String official = ResidentsQuestionTheirElectedOfficialsIT.official(staff, "Élisa Martin", "DEPUTY_MAYOR");
    String session = ResidentsQuestionTheirElectedOfficialsIT.session(staff,
        Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
    var asker = commune.verifiedCitizen(1);
    String scheduled = ResidentsQuestionTheirElectedOfficialsIT.publishedQuestion(commune, moderator, asker, official,
        "Le centre aquatique le soir", false);
    VerifiedCommune.ok(staff.post(ResidentsQuestionTheirElectedOfficialsIT.QUESTIONS + "/" + scheduled + "/selection",
        null));
    VerifiedCommune.ok(staff.put(ResidentsQuestionTheirElectedOfficialsIT.QUESTIONS + "/" + scheduled + "/agenda",
        "{\"sessionId\": \"" + session + "\"}"));
    ResidentsQuestionTheirElectedOfficialsIT.publishedQuestion(commune, moderator, asker, null,
        "Des fontaines au jardin de ville", false);
    String rejected = ResidentsQuestionTheirElectedOfficialsIT.ask(asker, null, "Hors sujet", false);
    VerifiedCommune.ok(moderator.post(ResidentsQuestionTheirElectedOfficialsIT.QUESTIONS + "/" + rejected
        + "/rejection", "{\"reason\": \"Cette question relève de la métropole.\"}"));
    return commune.tenant().host();
  }

  /** An open consultation anyone may answer (its questionnaire is public) with its results, and a closed one. */
  private static String communeConsultingItsResidents() {
    var commune = ResidentsAnswerAConsultationIT.commune("pages-consultation");
    String open = ResidentsAnswerAConsultationIT.consultation("ANYONE", "[]", true)
        .replace("\"anonymous\": true", "\"anonymous\": true, \"resultsWhileOpen\": true");
    VerifiedCommune.ok(commune.admin().post("/api/consultations", open));
    String closed = VerifiedCommune.ok(commune.admin().post("/api/consultations",
        ResidentsAnswerAConsultationIT.consultation("VERIFIED_RESIDENTS", "[]", false))).json().getString("id");
    VerifiedCommune.ok(commune.verifiedCitizen(1).put("/api/consultations/" + closed + "/answers/mine",
        "{\"answers\": {\"q1\": [\"o1\"], \"q3\": 3, \"q6\": \"Plus d'ombre\"}, \"submit\": true}"));
    VerifiedCommune.ok(commune.admin().post("/api/consultations/" + closed + "/closing", null));
    VerifiedCommune.ok(commune.admin().put("/api/consultations/" + closed + "/conclusions",
        "{\"text\": \"Nous garderons les platanes.\"}"));
    return commune.tenant().host();
  }

  /**
   * The tenant's pages reachable from its home page by links, breadth first. A page must answer 200, or redirect
   * (e.g. to sign in).
   */
  private static List<String> crawl(String host, TenantHttp http, Map<String, List<String>> problems) {
    Set<String> seen = new LinkedHashSet<>(List.of("/"));
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    List<String> pages = new ArrayList<>();
    while (!queue.isEmpty() && pages.size() < MAX_PAGES_PER_TENANT) {
      String path = queue.poll();
      var reply = http.getHtml(path);
      if (reply.status() / 100 == 3) {
        continue;
      }
      if (reply.status() != 200) {
        problems.put(host + path, List.of("status " + reply.status()));
        continue;
      }
      pages.add(path);
      Matcher links = LINK.matcher(reply.body());
      while (links.find()) {
        String link = links.group(1).replace("&amp;", "&");
        if (!NOT_A_PAGE.matcher(link).find() && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    return pages;
  }
}
