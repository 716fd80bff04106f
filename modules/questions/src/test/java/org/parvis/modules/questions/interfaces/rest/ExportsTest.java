package org.parvis.modules.questions.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parvis.modules.questions.domain.CouncilSession;

class ExportsTest {

  @Test
  void spreadsheetFormulasWrittenByResidentsAreNotRun() {
    assertEquals("'=HYPERLINK(\"http://x\")", ExportResource.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("'+33", ExportResource.cell("+33"));
    assertEquals("'@SUM(A1)", ExportResource.cell("@SUM(A1)"));
    assertEquals("La piscine", ExportResource.cell("La piscine"));
    assertEquals(null, ExportResource.cell(null));
  }

  @Test
  void theSessionsFeedIsOneEventPerSessionEscapedAndFolded() {
    CouncilSession session = new CouncilSession(Instant.parse("2026-12-03T17:00:00Z"),
        "Salle du conseil, hôtel de ville; 11 boulevard Jean-Pain, Grenoble — entrée par la cour, accès de plain-pied");
    String feed = SessionsCalendar.of("Séances — Grenoble", "Séance du conseil municipal — Grenoble",
        List.of(session, new CouncilSession(Instant.parse("2027-01-28T17:00:00Z"), "Salle du conseil")),
        "grenoble.parvis", "https://grenoble.example.org/questions/council", Instant.parse("2026-11-23T10:00:00Z"));
    assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
    assertEquals(2, feed.split("BEGIN:VEVENT", -1).length - 1, feed);
    assertTrue(feed.contains("UID:session-" + session.id() + "@grenoble.parvis\r\n"), feed);
    assertTrue(feed.contains("DTSTART:20261203T170000Z\r\nDTEND:20261203T200000Z\r\n"), feed);
    assertTrue(feed.contains("LOCATION:Salle du conseil\\, hôtel de ville\\; 11 boulevard"), feed);
    for (String line : feed.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    assertTrue(feed.endsWith("END:VCALENDAR\r\n"), feed);
  }
}
