package org.parvis.core.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

class HomeHappeningsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  record Visitor(Optional<String> subject) implements Caller {
    @Override public Set<TenantRole> tenantRoles() { return Set.of(); }
    @Override public boolean isOperator() { return false; }
    @Override public boolean isVerifiedResident() { return false; }
  }

  static final Caller ANONYMOUS = new Visitor(Optional.empty());
  static final Caller CAMILLE = new Visitor(Optional.of("camille"));

  static Happenings module(String id, Happening... items) {
    return new Happenings() {
      @Override public String moduleId() { return id; }
      @Override public List<Happening> happenings(Caller visitor, Locale locale) { return List.of(items); }
    };
  }

  static Instant in(int hours) {
    return NOW.plus(Duration.ofHours(hours));
  }

  @Test
  void onlyTheTenantsEnabledModulesAreAskedAndAFailingOneIsLeftOut() {
    Happenings votations = module("votations", Happening.openNow("Piscine", "/votations/1", "", in(48)));
    Happenings petitions = module("petitions", Happening.openNow("Pétition", "/petitions/1", "", in(24)));
    Happenings broken = new Happenings() {
      @Override public String moduleId() { return "budget"; }
      @Override public List<Happening> happenings(Caller visitor, Locale locale) {
        throw new IllegalStateException("database gone");
      }
    };
    List<Happening> all = HomeHappenings.collect(List.of(votations, petitions, broken),
        Set.of("votations", "budget"), ANONYMOUS, Locale.FRENCH);
    assertEquals(List.of("Piscine"), all.stream().map(Happening::title).toList());
  }

  @Test
  void whatWaitsForSomeoneIsNeverShownToAnAnonymousVisitor() {
    Happenings votations = module("votations", Happening.openNow("Piscine", "/votations/1", "", in(48)),
        Happening.waitingForYou("Votez : Piscine", "/votations/1", "", in(48)));
    assertEquals(1, HomeHappenings.collect(List.of(votations), Set.of("votations"), ANONYMOUS, Locale.FRENCH).size());
    assertEquals(2, HomeHappenings.collect(List.of(votations), Set.of("votations"), CAMILLE, Locale.FRENCH).size());
  }

  @Test
  void groupsBySortsByDateAndLeavesOutWhatIsOver() {
    List<Happening> all = List.of(
        Happening.openNow("Ferme après-demain", "/a", "", in(48)),
        Happening.openNow("Ferme demain", "/b", "", in(24)),
        Happening.openNow("Déjà fermé", "/c", "", in(-1)),
        Happening.result("Ancien résultat", "/d", "", in(-400)),
        Happening.result("Résultat récent", "/e", "", in(-2)),
        Happening.upcoming("Chantier", "/f", "", in(72)),
        Happening.upcoming("Réunion passée", "/g", "", in(-3)),
        Happening.waitingForYou("Sans échéance", "/h", "", null),
        Happening.waitingForYou("Créneau demain", "/i", "", in(20)));
    WhatIsHappening grouped = WhatIsHappening.of(all, NOW);
    assertEquals(List.of("Ferme demain", "Ferme après-demain"), titles(grouped.openNow()));
    assertEquals(List.of("Résultat récent", "Ancien résultat"), titles(grouped.results()));
    assertEquals(List.of("Chantier"), titles(grouped.upcoming()));
    assertEquals(List.of("Créneau demain", "Sans échéance"), titles(grouped.waitingForYou()));
    assertTrue(WhatIsHappening.of(List.of(), NOW).isEmpty());
  }

  @Test
  void eachGroupKeepsOnlyAFewItems() {
    List<Happening> many = IntStream.range(0, 20)
        .mapToObj(i -> Happening.result("Résultat " + i, "/r/" + i, "", in(-i - 1))).toList();
    List<Happening> results = WhatIsHappening.of(many, NOW).results();
    assertEquals(WhatIsHappening.RESULTS, results.size());
    assertEquals("Résultat 0", results.get(0).title());
  }

  @Test
  void anItemLinksOnlyOnTheTenantsHostAndDatesWhatNeedsADate() {
    assertThrows(IllegalArgumentException.class, () -> Happening.openNow("x", "https://evil.example/", "", in(1)));
    assertThrows(IllegalArgumentException.class, () -> Happening.openNow("x", "//evil.example/", "", in(1)));
    assertThrows(IllegalArgumentException.class, () -> Happening.upcoming("x", "/a", "", null));
  }

  private static List<String> titles(List<Happening> items) {
    return items.stream().map(Happening::title).toList();
  }
}
