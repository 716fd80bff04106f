package org.parvis.core.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.identity.interfaces.web.MemberPageModels.HeldRole;
import org.parvis.core.identity.interfaces.web.MemberPageModels.Holder;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class MembersTemplatesTest {

  private static final Visitor ADMIN = new Visitor(true, "Alex Admin", Set.of(TenantRole.ADMIN), false);
  private static final String ALEX = "1f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";
  private static final String CAMILLE = "3f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";

  private static List<Holder> holders(String language) {
    Texts t = MemberPageModels.texts(Locale.forLanguageTag(language));
    return List.of(
        new Holder(ALEX, "Alex Admin", "alex@mairie.fr", true,
            List.of(new HeldRole("admin", t.get("role.admin"), false, t.get("lastAdministrator")))),
        new Holder(CAMILLE, "Camille <Martin>", "camille.martin@example.org", false,
            List.of(new HeldRole("moderator", t.get("role.moderator"), true, null),
                new HeldRole("staff", t.get("role.staff"), true, null))));
  }

  private static String index(String language, Form form, List<Person> found, String done) {
    Texts t = MemberPageModels.texts(Locale.forLanguageTag(language));
    Map<String, Object> data = new HashMap<>();
    data.put("holders", holders(language));
    data.put("roles", new MemberPageModels().grantable(t));
    data.put("found", found);
    data.put("done", done);
    return TemplatePreview.render("members/index", language, form, ADMIN, data);
  }

  @Test
  void theTableNamesWhoHoldsWhichRoleWithARevokeLinkExceptForTheLastAdministrator() {
    String html = index("fr", Form.empty(), null, null);
    assertTrue(html.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"holders-title\" tabindex=\"0\">"), html);
    assertTrue(html.contains("<th scope=\"row\">Alex Admin <span class=\"you\">(vous)</span></th>"), html);
    assertTrue(html.contains("Camille &lt;Martin&gt;"), "names are escaped: " + html);
    assertTrue(html.contains("Administrateur <span class=\"hint\">(dernier administrateur"), html);
    assertFalse(html.contains("subject=" + ALEX), "no revoke link for the last administrator");
    assertTrue(html.contains("href=\"/admin/members/revocation?subject=" + CAMILLE + "&amp;role=staff\""), html);
    assertTrue(html.contains("aria-label=\"Retirer le rôle Agent de la collectivité à Camille &lt;Martin&gt;\""), html);
    assertFalse(html.contains(">" + CAMILLE + "<"), "no account id shown as text");
  }

  @Test
  void theGrantFormHasThePickerWithItsSearchButtonAndTheRolesInAFieldset() {
    String html = index("fr", Form.empty(), null, null);
    assertTrue(html.contains("name=\"csrf\""), html);
    assertTrue(html.contains("<legend>À qui ?</legend>"), html);
    assertTrue(html.contains("<label for=\"person\">Nom ou adresse e-mail</label>"), html);
    assertTrue(html.contains("<input id=\"person\" name=\"person-query\" type=\"search\" value=\"\""), html);
    assertTrue(html.contains("<button type=\"submit\" name=\"person-search\" value=\"1\" class=\"secondary\" formnovalidate>Rechercher</button>"), html);
    assertFalse(html.contains("type=\"radio\" id=\"person-"), "no one to choose before a search");
    assertFalse(html.contains("role=\"status\""), html);
    assertTrue(html.contains("<legend>Rôle</legend>"), html);
    assertTrue(html.contains("<input type=\"radio\" id=\"role\" name=\"role\" value=\"admin\" aria-describedby=\"role-admin-hint\">"), html);
    assertTrue(html.contains("<label for=\"role-staff\">Agent de la collectivité</label>"), html);
    String done = index("en", Form.empty(), null, "The role was granted.");
    assertTrue(done.contains("<p class=\"notice\" role=\"status\">The role was granted.</p>"), done);
    assertTrue(done.contains("<h2 id=\"grant-title\">Grant a role</h2>"), done);
  }

  @Test
  void aSearchShowsThePeopleFoundAsRadioButtonsOrSaysNobodyMatched() {
    Form searched = Form.prefilled(Map.of("person-query", "cam", "person-search", "1", "role", "staff"));
    String html = index("fr", searched, List.of(new Person(CAMILLE, "Camille Martin", "camille.martin@example.org"),
        new Person("4f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f", "Camille Durand", "c•••@example.org")), null);
    assertTrue(html.contains("value=\"cam\""), "the search is kept: " + html);
    assertTrue(html.contains("<legend>2 personnes trouvées : choisissez-en une</legend>"), html);
    assertTrue(html.contains("<input type=\"radio\" id=\"person-1\" name=\"person\" value=\"" + CAMILLE + "\" required>"), html);
    assertTrue(html.contains("<label for=\"person-1\">Camille Martin <span class=\"email\">camille.martin@example.org</span></label>"), html);
    assertTrue(html.contains("<label for=\"person-2\">Camille Durand"), html);
    assertTrue(html.contains("value=\"staff\" checked"), "the role chosen is kept: " + html);

    String one = index("en", searched, List.of(new Person(CAMILLE, "Camille Martin", "")), null);
    assertTrue(one.contains("<legend>Person found</legend>"), one);
    assertTrue(one.contains("value=\"" + CAMILLE + "\" checked required>"), "the only one found is chosen: " + one);
    assertFalse(one.contains("<span class=\"email\">"), "no empty address");

    String none = index("fr", searched, List.of(), null);
    assertTrue(none.contains("<p class=\"person-none\" role=\"status\">Personne ne correspond à « cam »."), none);
  }

  @Test
  void aForgedPersonIsRefusedNextToThePickerWithTheSearchKept() {
    Form forged = Form.prefilled(Map.of("person-query", "cam", "person", "forged-subject", "role", "staff"));
    forged.person("person", new org.parvis.spi.people.People() {
      @Override public List<Person> search(String query) { return List.of(); }
      @Override public java.util.Optional<Person> find(String subject) { return java.util.Optional.empty(); }
    });
    String html = index("fr", forged, List.of(new Person(CAMILLE, "Camille Martin", "")), null);
    assertTrue(html.contains("<a href=\"#person\">À qui : Cette personne n&#39;a pas de compte"), html);
    assertTrue(html.contains("<p class=\"error-message\" id=\"person-error\">Cette personne n&#39;a pas de compte"), html);
    assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"person-error person-hint\""), html);
    assertFalse(html.contains("forged-subject"), "a forged subject is not shown back: " + html);
  }

  @Test
  void theRevocationAsksForConfirmationAndExplainsTheLastAdministrator() {
    Texts t = MemberPageModels.texts(Locale.FRENCH);
    Holder alex = holders("fr").get(0);
    Map<String, Object> data = Map.of("holder", alex, "role", "admin", "roleLabel", t.get("role.admin"));
    String html = TemplatePreview.render("members/revoke", "fr", Form.empty(), ADMIN, data);
    assertTrue(html.contains("Retirer le rôle « Administrateur » à Alex Admin ?"), html);
    assertTrue(html.contains("C&#39;est votre propre rôle d&#39;administrateur"), html);
    assertTrue(html.contains("<input type=\"hidden\" name=\"role\" value=\"admin\">"), html);
    assertTrue(html.contains("<a href=\"/admin/members\">Annuler</a>"), html);

    Form refused = Form.empty();
    refused.refuse(ProblemException.conflict("urn:parvis:problem:last-administrator", "English detail"));
    String again = TemplatePreview.render("members/revoke", "en", refused, ADMIN,
        Map.of("holder", alex, "role", "admin", "roleLabel", "Administrator"));
    assertTrue(again.contains("You are the last administrator"), again);
    assertFalse(again.contains("English detail"), again);
    assertEquals(1, again.split("role=\"alert\"", -1).length - 1, again);
  }
}
