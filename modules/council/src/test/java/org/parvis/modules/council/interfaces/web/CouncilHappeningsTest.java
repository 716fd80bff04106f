package org.parvis.modules.council.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;
import org.parvis.spi.i18n.Texts;

class CouncilHappeningsTest {

  private static MeetingView meeting(String title, String stage) {
    return new MeetingView(UUID.randomUUID(), UUID.randomUUID(), title, "2026-12-15T17:30:00Z",
        "2026-12-15T19:30:00Z", "Maison des associations", null, "", "", stage, List.of(), 30, 4);
  }

  @Test
  void publishedContributionsAreResultsAndMeetingsBeingPreparedAreUpcoming() {
    ContributionView mobility = new ContributionView(UUID.randomUUID(), null, "Avis sur le plan de mobilité",
        UUID.randomUUID(), "PUBLISHED", List.of(), List.of(), List.of(), List.of(), null, "2026-11-30T10:00:00Z",
        null, null, null);
    MeetingView next = meeting("Atelier mobilités", "PREPARING");
    List<Happening> items = CouncilHappenings.items(List.of(mobility),
        List.of(next, meeting("Plénière de juin", "CONCLUDED")), Texts.of("messages.council", "fr"));
    assertEquals(List.of(Kind.RESULT, Kind.UPCOMING), items.stream().map(Happening::kind).toList());
    assertEquals(Instant.parse("2026-11-30T10:00:00Z"), items.get(0).at());
    assertEquals("/council/contributions", items.get(0).path());
    assertEquals("/council/space/meetings/" + next.id(), items.get(1).path());
    assertEquals("Maison des associations", items.get(1).note());
  }
}
