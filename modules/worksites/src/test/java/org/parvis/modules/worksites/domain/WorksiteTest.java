package org.parvis.modules.worksites.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorksiteTest {

  private final Worksite worksite = new Worksite(null, "Mur", "Peindre", GeoPoint.of(45.18, 5.72),
      Instant.now());

  @Test
  void oneVolunteerBringsAnItemAndTheCommuneProvidesItsOwn() {
    var ladder = worksite.addItem("Escabeau", 1, ItemSource.VOLUNTEER);
    var gloves = worksite.addItem("Gants", 20, ItemSource.COMMUNE);
    var volunteer = UUID.randomUUID();

    worksite.pledge(ladder.id(), volunteer, Instant.now());
    worksite.pledge(ladder.id(), volunteer, Instant.now());
    assertEquals(volunteer, ladder.pledgedBy().orElseThrow());
    assertEquals("already-pledged", assertThrows(WorksiteRuleException.class,
        () -> worksite.pledge(ladder.id(), UUID.randomUUID(), Instant.now())).code());
    assertEquals("provided-by-commune", assertThrows(WorksiteRuleException.class,
        () -> worksite.pledge(gloves.id(), volunteer, Instant.now())).code());
  }

  @Test
  void aWorksiteWithAMinimumAgeAdmitsOnlyRegistrantsWhoDeclareEveryoneHasReachedIt() {
    worksite.admit(false);

    worksite.describe(new Worksite.Details("Mur", "Peindre", GeoPoint.of(45.18, 5.72), null, null,
        null, 16, null));
    var refused = assertThrows(WorksiteRuleException.class, () -> worksite.admit(false));
    assertEquals("minimum-age", refused.code());
    assertTrue(refused.getMessage().contains("16"), refused::getMessage);
    worksite.admit(true);

    worksite.describe(new Worksite.Details("Mur", "Peindre", GeoPoint.of(45.18, 5.72), null, null,
        null, 0, null));
    worksite.admit(false);
  }

  @Test
  void aCompletedWorksiteAdmitsNobody() {
    worksite.complete("Fait", Instant.now());
    assertEquals("worksite-completed", assertThrows(WorksiteRuleException.class,
        () -> worksite.admit(true)).code());
  }

  @Test
  void aCompletedWorksiteChangesNoMore() {
    worksite.complete("Fait", Instant.now());
    assertEquals(WorksiteStatus.COMPLETED, worksite.status());
    assertEquals("worksite-completed", assertThrows(WorksiteRuleException.class,
        () -> worksite.addItem("Pinceaux", 5, ItemSource.COMMUNE)).code());
    assertEquals("worksite-completed", assertThrows(WorksiteRuleException.class,
        () -> worksite.complete("Encore", Instant.now())).code());
  }

  @Test
  void aPhotoNeedsACaptionAndAWorksitePhotoIsBeforeOrAfter() {
    assertEquals("caption-required", assertThrows(WorksiteRuleException.class,
        () -> Photo.ofReport(UUID.randomUUID(), UUID.randomUUID(), " ", null, Instant.now())).code());
    assertEquals("invalid-photo-kind", assertThrows(WorksiteRuleException.class,
        () -> Photo.ofWorksite(worksite.id(), PhotoKind.REPORT, UUID.randomUUID(), "x", Instant.now())).code());
  }
}
