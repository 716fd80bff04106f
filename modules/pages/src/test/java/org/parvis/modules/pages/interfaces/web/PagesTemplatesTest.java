package org.parvis.modules.pages.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.modules.pages.interfaces.web.PagesPortal.PageLink;

class PagesTemplatesTest {

  @Test
  void theListLinksEveryPublishedPageByItsSlug() {
    String html = TemplatePreview.render("pages/index", "fr", Map.of("pages",
        List.of(new PageLink("charte", "Charte de la participation"), new PageLink("faq", "Questions & réponses"))));
    assertTrue(html.contains("<a href=\"/pages/charte\">Charte de la participation</a>"), html);
    assertTrue(html.contains("<a href=\"/pages/faq\">Questions &amp; réponses</a>"), html);
    assertFalse(html.contains("Aucune page"), html);
  }

  @Test
  void anEmptyListSaysSoInThePagesLanguage() {
    assertTrue(TemplatePreview.render("pages/index", "fr", Map.of("pages", List.of()))
        .contains("<p>Aucune page publiée pour le moment.</p>"));
    assertTrue(TemplatePreview.render("pages/index", "en", Map.of("pages", List.of()))
        .contains("<p>No page published yet.</p>"));
  }

  @Test
  void aPageIsAParagraphPerLineEscaped() {
    String html = TemplatePreview.render("pages/page", "fr",
        Map.of("paragraphs", List.of("Nous nous engageons <b>ensemble</b>.", "Deuxième paragraphe.")));
    assertTrue(html.contains("<p>Nous nous engageons &lt;b&gt;ensemble&lt;/b&gt;.</p>"), html);
    assertTrue(html.contains("<p>Deuxième paragraphe.</p>"), html);
  }
}
