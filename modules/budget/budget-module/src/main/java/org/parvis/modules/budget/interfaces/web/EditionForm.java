package org.parvis.modules.budget.interfaces.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.interfaces.rest.EditionResource.BallotBody;
import org.parvis.modules.budget.interfaces.rest.EditionResource.CalendarBody;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EditionBody;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EnvelopeBody;
import org.parvis.modules.budget.interfaces.rest.EditionResource.EqualSharesBody;
import org.parvis.spi.problem.ProblemException;

/**
 * The edition form's fields as the API's {@link EditionBody}, so that the API's constraints check
 * them. A phase's date is a day of the tenant's time zone: the phase opens at midnight that day.
 * District envelopes are typed one per line, {@code name;amount}.
 */
final class EditionForm {

  private static final String INVALID = "urn:parvis:problem:invalid-request";

  /** The five dates, in calendar order (form field names, as the API names them). */
  static final List<String> DATES = List.of("submissionOpens", "reviewOpens", "voteOpens",
      "voteCloses", "implementationOpens");

  /** The form's groups of fields, in the form's order, as a refusal names them. */
  static final List<String> GROUPS = List.of("title", "envelopes", "ballot", "allocationRule",
      "equalShares", "calendar");

  private EditionForm() {}

  /** What a blank creation form shows. */
  static Map<String, String> defaults(String allocationRule, BudgetMessages m) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("cityName", m.get("budget.admin.cityName.default"));
    typed.put("kind", BallotKind.APPROVAL.name());
    typed.put("allocationRule", allocationRule);
    typed.put("mesUtility", "cost");
    typed.put("mesCompletion", "add1");
    return typed;
  }

  /** An edition's dates as the form shows them: days in the tenant's zone. */
  static Map<String, String> dates(Calendar calendar, ZoneId zone) {
    List<Instant> instants = List.of(calendar.submissionOpens(), calendar.reviewOpens(),
        calendar.voteOpens(), calendar.voteCloses(), calendar.implementationOpens());
    Map<String, String> typed = new LinkedHashMap<>();
    for (int i = 0; i < DATES.size(); i++) {
      typed.put(DATES.get(i), instants.get(i).atZone(zone).toLocalDate().toString());
    }
    return typed;
  }

  /**
   * The body typed; a field that is not a number or a day where one is expected is refused with
   * the others, so that the refusal names every part of the form to correct.
   */
  static EditionBody body(Map<String, String> typed, ZoneId zone) {
    List<Map<String, String>> errors = new ArrayList<>();
    List<EnvelopeBody> envelopes = new ArrayList<>();
    Long cityAmount = number(typed, "cityAmount", errors);
    if (cityAmount != null) {
      envelopes.add(new EnvelopeBody(typed.getOrDefault("cityName", ""), cityAmount, false));
    }
    envelopes.addAll(districts(typed.getOrDefault("districts", ""), errors));
    BallotKind kind = null;
    try {
      kind = BallotKind.valueOf(typed.getOrDefault("kind", ""));
    } catch (IllegalArgumentException e) {
      errors.add(error("ballot.kind", "choose a kind of ballot"));
    }
    BallotBody ballot = new BallotBody(kind, integer(typed, "maxChoices", errors),
        integer(typed, "minChoices", errors), integer(typed, "minSpentPercent", errors),
        integer(typed, "points", errors));
    CalendarBody calendar = calendar(typed, zone, errors);
    refuseIfAny(errors);
    String title = typed.getOrDefault("title", "");
    return new EditionBody(title, typed.getOrDefault("allocationRule", ""),
        new EqualSharesBody(typed.getOrDefault("mesUtility", ""),
            typed.getOrDefault("mesCompletion", "")), ballot,
        calendar, envelopes);
  }

  /** The five dates typed, each at midnight of its day in {@code zone}. */
  static CalendarBody calendar(Map<String, String> typed, ZoneId zone,
      List<Map<String, String>> errors) {
    Instant[] at = new Instant[DATES.size()];
    for (int i = 0; i < DATES.size(); i++) {
      String field = DATES.get(i);
      try {
        at[i] = LocalDate.parse(typed.getOrDefault(field, "").strip()).atStartOfDay(zone)
            .toInstant();
      } catch (DateTimeParseException e) {
        errors.add(error("calendar." + field, "is not a day (yyyy-mm-dd)"));
      }
    }
    return new CalendarBody(at[0], at[1], at[2], at[3], at[4]);
  }

  static void refuseIfAny(List<Map<String, String>> errors) {
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(INVALID, "Invalid edition", errors);
    }
  }

  /** The form group of a field named by the first segment of its path. */
  static String group(String field) {
    return switch (field) {
      case "title" -> "title";
      case "envelopes", "cityName", "cityAmount", "districts" -> "envelopes";
      case "ballot", "kind", "maxChoices", "minChoices", "minSpentPercent", "points" -> "ballot";
      case "allocationRule" -> "allocationRule";
      case "equalShares", "mesUtility", "mesCompletion" -> "equalShares";
      case "calendar" -> "calendar";
      default -> DATES.contains(field) ? "calendar" : null;
    };
  }

  /** District envelopes, one per non-blank line: {@code name;amount}. */
  static List<EnvelopeBody> districts(String text, List<Map<String, String>> errors) {
    List<EnvelopeBody> districts = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int separator = line.lastIndexOf(';');
      try {
        if (separator < 0) {
          throw new NumberFormatException("no amount");
        }
        long amount = PlainNumbers.whole(line.substring(separator + 1).replaceAll("\\s", ""));
        districts.add(new EnvelopeBody(line.substring(0, separator).strip(), amount, true));
      } catch (NumberFormatException e) {
        errors.add(error("districts", "each line is name;amount"));
      }
    }
    return districts;
  }

  private static Long number(Map<String, String> typed, String field,
      List<Map<String, String>> errors) {
    String text = typed.getOrDefault(field, "").replaceAll("\\s", "");
    if (text.isEmpty()) {
      return null;
    }
    try {
      return PlainNumbers.whole(text);
    } catch (NumberFormatException e) {
      errors.add(error(field, "must be a whole number"));
      return null;
    }
  }

  private static Integer integer(Map<String, String> typed, String field,
      List<Map<String, String>> errors) {
    Long value = number(typed, field, errors);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      errors.add(error("ballot." + field, "is too large"));
      return null;
    }
    return value == null ? null : value.intValue();
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
