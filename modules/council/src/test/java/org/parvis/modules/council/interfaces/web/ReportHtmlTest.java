package org.parvis.modules.council.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.council.domain.ActivityReport;
import org.parvis.spi.i18n.Texts;

class ReportHtmlTest {

  private final Texts fr = Texts.of("messages.council", Locale.FRENCH);
  private final UUID economy = UUID.randomUUID();
  private final UUID citizens = UUID.randomUUID();
  private final UUID anna = UUID.randomUUID();
  private final UUID bruno = UUID.randomUUID();
  private final UUID chloe = UUID.randomUUID();

  private ActivityReport report() {
    Map<UUID, String> colleges = new LinkedHashMap<>();
    colleges.put(economy, "Acteurs <économiques>");
    colleges.put(citizens, "Citoyens");
    var plenary = new ActivityReport.MeetingFact(LocalDate.of(2026, 3, 1), true, true,
        List.of(anna, bruno, chloe), List.of(anna, bruno));
    var adopted = new ActivityReport.ContributionFact("Plan climat", "ANSWERED", LocalDate.of(2026, 4, 1), true,
        LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 1), "Deux lignes de bus");
    return ActivityReport.of(2026, colleges, Map.of(anna, economy, bruno, citizens, chloe, citizens),
        List.of(plenary), List.of(), List.of(adopted));
  }

  @Test
  void theFiguresPerCollegeAndTheirTotalAreRowsOfATableWhoseHeaderRepeatsOnEveryPrintedPage() {
    String html = ReportHtml.of(fr, report());
    assertTrue(html.contains("<tr><th scope=\"row\">Acteurs &lt;économiques&gt;</th><td class=\"number\">1</td>"
        + "<td class=\"number\">1</td><td class=\"number\">100 %</td></tr>"), html);
    assertTrue(html.contains("<tr><th scope=\"row\">Citoyens</th><td class=\"number\">2</td>"
        + "<td class=\"number\">1</td><td class=\"number\">50 %</td></tr>"), html);
    assertTrue(html.contains("<tfoot><tr><th scope=\"row\">Tous les collèges</th><td class=\"number\">3</td>"
        + "<td class=\"number\">2</td><td class=\"number\">67 %</td></tr></tfoot>"), html);
    assertTrue(html.contains("thead { display: table-header-group; }"), html);
  }

  @Test
  void onPaperThePortalChromeIsLeftOutAndTheContributionsStartOnANewPageWithTheirStatusInWords() {
    String html = ReportHtml.of(fr, report());
    int print = html.indexOf("@media print");
    assertTrue(print > 0, html);
    String printRules = html.substring(print);
    assertTrue(printRules.contains(".site-header, .site-footer, .skip-link, .report-actions { display: none"),
        printRules);
    assertTrue(printRules.contains(".report-contributions { break-before: page;"), printRules);
    assertTrue(html.contains("<section class=\"report-contributions\""), html);
    assertTrue(html.contains("<th scope=\"row\">Plan climat</th><td>réponse reçue</td><td>Deux lignes de bus</td>"),
        html);
    assertFalse(html.contains(">ANSWERED<"), "the status is in words, not a code");
  }
}
