package org.parvis.spi.home;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing happening in a module, as the home page lists it.
 *
 * @param kind where the home page shows it
 * @param title plain text in the page's language, e.g. the question of a vote
 * @param path where it is, on the tenant's host (starts with {@code /})
 * @param note a short plain text in the page's language (may be empty), e.g. "1 234 signatures sur 2 000"
 * @param at for {@link Kind#OPEN_NOW} when it closes, for {@link Kind#RESULT} when it was published or closed,
 *     for {@link Kind#UPCOMING} when it starts, for {@link Kind#WAITING_FOR_YOU} a deadline or {@code null}
 */
public record Happening(Kind kind, String title, String path, String note, Instant at) {

  /** Where an item goes on the home page. */
  public enum Kind {
    /** Open now: a vote, a petition, a call for ideas — with its closing instant. */
    OPEN_NOW,
    /** A result lately published, with its date. */
    RESULT,
    /** Coming: a worksite, a meeting, a vote not yet open — with its date. */
    UPCOMING,
    /** For a signed-in visitor: something to do (a vote not cast, a shift tomorrow), perhaps with a deadline. */
    WAITING_FOR_YOU
  }

  public Happening {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("Not a path on the tenant's host: " + path);
    }
    note = note == null ? "" : note;
    if (at == null && kind != Kind.WAITING_FOR_YOU) {
      throw new IllegalArgumentException(kind + " needs its date");
    }
  }

  public static Happening openNow(String title, String path, String note, Instant closesAt) {
    return new Happening(Kind.OPEN_NOW, title, path, note, closesAt);
  }

  public static Happening result(String title, String path, String note, Instant publishedAt) {
    return new Happening(Kind.RESULT, title, path, note, publishedAt);
  }

  public static Happening upcoming(String title, String path, String note, Instant startsAt) {
    return new Happening(Kind.UPCOMING, title, path, note, startsAt);
  }

  public static Happening waitingForYou(String title, String path, String note, Instant deadline) {
    return new Happening(Kind.WAITING_FOR_YOU, title, path, note, deadline);
  }
}
