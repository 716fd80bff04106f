package org.parvis.modules.petitions.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parvis.modules.petitions.application.PaperIdentity;

/**
 * Invented adults who signed a demo petition on paper at a market stall: distinct French names,
 * birth dates between 1946 and 2005. Deterministic, so that a demo looks the same at every start.
 */
final class PaperSigners {

  private static final List<String> FIRST_NAMES = List.of("Louise", "Gabriel", "Jade", "Raphaël",
      "Emma", "Arthur", "Alice", "Louis", "Chloé", "Jules", "Lina", "Adam", "Rose", "Maël",
      "Anna", "Paul", "Mila", "Noé", "Zoé", "Victor");

  private static final List<String> LAST_NAMES = List.of("Bonnet", "Dupont", "Lefèvre",
      "Mercier", "Blanc", "Guérin", "Faure", "Rousseau", "Vincent", "Muller", "Gauthier",
      "Fournier", "Robin", "Clément", "Masson", "Sanchez", "Henry", "Nicolas", "Brun", "Arnaud");

  private PaperSigners() {}

  /** {@code count} distinct signers (at most 400), the {@code offset}-th first. */
  static List<PaperIdentity> take(int offset, int count) {
    List<PaperIdentity> signers = new ArrayList<>(count);
    for (int i = offset; i < offset + count; i++) {
      String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
      String last = LAST_NAMES.get((i / FIRST_NAMES.size() + i) % LAST_NAMES.size());
      LocalDate born = LocalDate.of(1946 + (i * 7) % 60, 1 + i % 12, 1 + (i * 11) % 28);
      signers.add(new PaperIdentity(last, first, born));
    }
    return signers;
  }
}
