package org.parvis.core.portal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.PortalTemplates;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class PageModelTest {

  private final PortalTemplates templates = new PortalTemplates();
  private final ZoneId paris = ZoneId.of("Europe/Paris");

  private String render(Locale locale, Form form, Visitor me, Map<String, Object> page) {
    PageModel model = PageModel.of("sample/page", locale, paris, form, me, () -> "TOKEN").with(page);
    return templates.render("sample/page", model.data(), model.attributes());
  }

  private static Map<String, Object> page(String title) {
    return Map.of("count", 12345, "amount", 85000, "day", LocalDate.of(2026, 12, 7), "title", title);
  }

  @Test
  void textsNumbersMoneyAndDatesAreInThePagesLanguage() {
    String fr = render(Locale.FRENCH, Form.empty(), Visitor.ANONYMOUS, page("x"));
    assertTrue(fr.contains("12\u202f345 signatures d&#39;habitants") || fr.contains("12\u00a0345 signatures d&#39;habitants"), fr);
    assertTrue(fr.contains("85\u202f000\u00a0€") || fr.contains("85\u00a0000\u00a0€"), fr);
    assertTrue(fr.contains("7 décembre 2026"), fr);
    assertTrue(fr.contains("Visiteur"), fr);
    String en = render(Locale.ENGLISH, Form.empty(), Visitor.ANONYMOUS, page("x"));
    assertTrue(en.contains("12,345 residents&#39; signatures"), en);
    assertTrue(en.contains("€85,000"), en);
    assertTrue(en.contains("December 7, 2026"), en);
  }

  @Test
  void everyExpressionIsEscaped() {
    String html = render(Locale.FRENCH, Form.empty(),
        new Visitor(true, "<b>Eve</b>", Set.of(TenantRole.CITIZEN), true), page("<script>alert(1)</script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;b&gt;Eve&lt;/b&gt;"), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void formsCarryTheTokenAndAnEmptyFormShowsNoError() {
    String html = render(Locale.FRENCH, Form.empty(), Visitor.ANONYMOUS, page("x"));
    assertTrue(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"TOKEN\">"), html);
    assertFalse(html.contains("error-summary"), html);
    assertTrue(html.contains("<label for=\"name\">Nom</label>"), html);
    assertTrue(html.contains("maxlength=\"20\""), html);
    assertTrue(html.contains("<input id=\"name\" name=\"name\" type=\"text\" value=\"\" maxlength=\"20\" required>"), html);
    assertTrue(html.contains("aria-describedby=\"age-hint\""), html);
    assertTrue(html.contains("(facultatif)"), html);
  }

  @Test
  void aRefusedFormIsShownAgainWithWhatWasTypedAndEachMessageInThePagesLanguage() {
    var posted = new MultivaluedHashMap<String, String>();
    posted.add("name", "A name far longer than twenty characters \"quoted\"");
    posted.add("age", "12.5");
    posted.add("story", "Once\r\nupon a time");
    posted.add("csrf", "secret");
    Form form = Form.of(posted);
    form.text("name", 20);
    form.optionalWholeNumber("age", 0, 130);
    form.optionalParagraphs("story", 1000);
    form.refuse("story", "form.refused");
    form.refuse(new ProblemException(409, "urn:parvis:problem:closed", "Conflict", "closed in English"));
    String html = render(Locale.FRENCH, form, Visitor.ANONYMOUS, page("x"));
    assertTrue(html.contains("Le formulaire n&#39;a pas été enregistré"), html);
    assertTrue(html.contains("La pétition est close."), "a domain refusal in the page's language: " + html);
    assertTrue(html.contains("<a href=\"#name\">Nom : 20 caractères au plus.</a>"),
        "the summary names each field by its label (RGAA 11.10): " + html);
    assertTrue(html.contains("<a href=\"#age\">Âge : Saisissez un nombre entier, sans virgule.</a>"), html);
    assertTrue(html.contains("value=\"A name far longer than twenty characters &quot;quoted&quot;\""), html);
    assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"name-error\""), html);
    assertTrue(html.contains(">Once\nupon a time</textarea>") || html.contains(">Once\r\nupon a time</textarea>"), html);
    assertFalse(html.contains("secret"), "the token is never shown back: " + html);
    assertTrue(html.contains("<a href=\"#story\">Récit de vie : Cette demande a été refusée.</a>"),
        "a summary label given by the template names the field instead of its label: " + html);
    String en = render(Locale.ENGLISH, form, Visitor.ANONYMOUS, page("x"));
    assertTrue(en.contains("At most 20 characters.") && en.contains("The petition is closed."), en);
    assertTrue(en.contains("<a href=\"#name\">Name: At most 20 characters.</a>"), en);
  }

  @Test
  void aDomainRefusalWithoutATextInTheBundlesShowsItsDetail() {
    Form form = Form.empty().refuse(new ProblemException(409, "urn:parvis:problem:unheard-of", "Conflict", "As said"));
    String html = render(Locale.FRENCH, form, Visitor.ANONYMOUS, page("x"));
    assertTrue(html.contains("<li>As said</li>"), html);
    assertEquals(1, html.split("role=\"alert\"").length - 1, html);
  }
}
