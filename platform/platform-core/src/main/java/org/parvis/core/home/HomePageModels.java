package org.parvis.core.home;

import java.util.Arrays;
import java.util.List;
import org.parvis.core.portal.views.PageFormats;
import org.parvis.spi.home.Happening;
import org.parvis.spi.i18n.Texts;

/** The records the tenant's home page shows, already in its language and on the tenant's clocks. */
public final class HomePageModels {

  private HomePageModels() {}

  /** One thing happening: its title and link, its note, and its date as a person reads it and as a machine does. */
  public record Item(String title, String path, String note, String when, String iso) {}

  /** The happenings grouped for the page. */
  public record Happenings(List<Item> openNow, List<Item> results, List<Item> upcoming, List<Item> waitingForYou) {
    public boolean isEmpty() {
      return openNow.isEmpty() && results.isEmpty() && upcoming.isEmpty() && waitingForYou.isEmpty();
    }
  }

  /** The banner, when the administrator has given one: its address and its text alternative. */
  public record Banner(String url, String alt) {}

  /** An enabled module and its links, as the "take part" cards show it. */
  public record ModuleCard(String name, String description, List<Link> links) {}

  public record Link(String label, String path) {}

  /** The whole page. */
  public record Home(List<String> welcome, Banner banner, Happenings happenings, List<ModuleCard> modules) {}

  public static Happenings happenings(WhatIsHappening grouped, PageFormats fmt, Texts t) {
    return new Happenings(
        items(grouped.openNow(), fmt, t, "when.closes"),
        items(grouped.results(), fmt, t, "when.published"),
        items(grouped.upcoming(), fmt, t, "when.starts"),
        items(grouped.waitingForYou(), fmt, t, "when.before"));
  }

  /** The welcome text as paragraphs (blank lines separate them); the platform's default when none is set. */
  public static List<String> welcome(String text, String fallback) {
    if (text == null || text.isBlank()) {
      return List.of(fallback);
    }
    return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** {@code key} reads the day as {0} and the time of day as {1}. */
  private static List<Item> items(List<Happening> happenings, PageFormats fmt, Texts t, String key) {
    return happenings.stream().map(h -> new Item(h.title(), h.path(), h.note(),
        h.at() == null ? "" : t.get(key, fmt.day(h.at()), fmt.time(h.at())),
        h.at() == null ? "" : fmt.iso(h.at()))).toList();
  }
}
