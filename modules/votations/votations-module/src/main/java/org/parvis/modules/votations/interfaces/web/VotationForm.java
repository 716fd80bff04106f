package org.parvis.modules.votations.interfaces.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.modules.votations.application.VotationOrganizing;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.spi.web.Form;

/**
 * The fields of the votation form (create and edit) and how they are read: up to {@link #OPTIONS} option inputs,
 * blank ones ignored; grades one per line, best first; opening and closing as {@code datetime-local} values on the
 * tenant's clocks. The rules (two distinct options, closing after opening) are the aggregate's; the binder only
 * says which field breaks them, all at once.
 */
final class VotationForm {

  /** How many option inputs the form offers (more when a votation made through the API has more). */
  static final int OPTIONS = 10;

  /** The most options a votation may have (as the API): the inputs read. */
  static final int MAX_OPTIONS = 50;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private VotationForm() {}

  /** What a valid form asks for. */
  record Spec(String question, String description, CountingMethod method, List<String> options,
      List<String> grades, Instant opensAt, Instant closesAt) {}

  static String option(int i) {
    return "option-" + i;
  }

  /** Reads the form; its errors are recorded on it ({@link Form#requireValid()} refuses it next). */
  static Spec read(Form form, ZoneId zone) {
    String question = form.text("question", 300);
    String description = form.optionalParagraphs("description", 20_000).orElse("");
    CountingMethod method = form.choice("method", CountingMethod.class);
    List<String> options = new ArrayList<>();
    for (int i = 1; i <= MAX_OPTIONS; i++) {
      form.optionalText(option(i), 300).ifPresent(options::add);
    }
    if (!Votation.hasTwoDistinctOptions(options)) {
      form.refuse(option(1), "admin.optionsRefused");
    }
    List<String> grades = List.of();
    if (method == CountingMethod.MAJORITY_JUDGMENT) {
      grades = form.optionalParagraphs("grades", 600).orElse("").lines().map(String::strip)
          .filter(line -> !line.isEmpty()).toList();
      if (form.error("grades").isEmpty() && (grades.size() < 2 || grades.size() > 10
          || grades.stream().distinct().count() != grades.size()
          || grades.stream().anyMatch(g -> g.length() > 50))) {
        form.refuse("grades", "admin.gradesRefused");
      }
    }
    Instant opensAt = instant(form.dateTime("opensAt"), zone);
    Instant closesAt = instant(form.dateTime("closesAt"), zone);
    if (opensAt != null && closesAt != null && !Votation.closesAfterOpening(opensAt, closesAt)) {
      form.refuse("closesAt", "admin.closesBeforeOpening");
    }
    return new Spec(question, description, method, options, grades, opensAt, closesAt);
  }

  /** A new votation's form: majority judgment with the default grades. */
  static Form blank() {
    return Form.prefilled(Map.of("method", CountingMethod.MAJORITY_JUDGMENT.name(),
        "grades", String.join("\n", VotationOrganizing.DEFAULT_GRADES)));
  }

  /** The form of an existing votation, as if typed again. */
  static Form prefilled(Votation votation, ZoneId zone) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("question", votation.question());
    values.put("description", votation.description());
    values.put("method", votation.method().name());
    List<VotationOption> options = votation.options();
    for (int i = 0; i < options.size() && i < MAX_OPTIONS; i++) {
      values.put(option(i + 1), options.get(i).label());
    }
    List<String> grades = votation.gradeLabels();
    values.put("grades", String.join("\n", grades.isEmpty() ? VotationOrganizing.DEFAULT_GRADES : grades));
    values.put("opensAt", LOCAL.format(LocalDateTime.ofInstant(votation.opensAt(), zone)));
    values.put("closesAt", LOCAL.format(LocalDateTime.ofInstant(votation.closesAt(), zone)));
    return Form.prefilled(values);
  }

  /** How many option inputs to show for a votation with {@code existing} options. */
  static int inputs(int existing) {
    return Math.min(MAX_OPTIONS, Math.max(OPTIONS, existing));
  }

  private static Instant instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }
}
