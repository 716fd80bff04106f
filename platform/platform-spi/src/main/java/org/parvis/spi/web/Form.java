package org.parvis.spi.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.text.SafeText;

/**
 * The form binder of the portal: one posted form, read field by field into typed values. A read never throws: a
 * field that is missing, too long, not a number, out of range, or carries control characters records a {@link
 * FieldError} (in the page's language when shown) and gives a neutral value; {@link #requireValid()} then refuses
 * the whole form, which {@link PortalViews#submit} shows again with everything typed and each message next to its
 * field. Single-line texts refuse line breaks; no text accepts control characters or bidirectional overrides.
 */
public final class Form {

  /** The anti-forgery field, checked by the platform for every portal post and never shown back. */
  public static final String TOKEN_FIELD = "csrf";

  /** A person picker {@code p} posts what was typed to search as {@code p-query}. */
  public static final String PERSON_QUERY = "-query";

  /** A person picker {@code p} posts {@code p-search} when its "Search" button, not the form's, was pressed. */
  public static final String PERSON_SEARCH = "-search";

  /** The longest search a person picker takes. */
  static final int MAX_QUERY = 100;

  /** What a subject id may look like before the directory is even asked (a Keycloak id is a UUID). */
  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,254}");

  private final Map<String, List<String>> posted;
  private final Map<String, FieldError> errors = new LinkedHashMap<>();

  private Form(Map<String, List<String>> posted) {
    this.posted = posted;
  }

  /** A form no one has filled in yet. */
  public static Form empty() {
    return new Form(Map.of());
  }

  /** A form posted as {@code application/x-www-form-urlencoded}. */
  public static Form of(MultivaluedMap<String, String> posted) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (posted != null) {
      posted.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(nonNull(values))));
    }
    copy.remove(TOKEN_FIELD);
    return new Form(copy);
  }

  /** A form posted as {@code multipart/form-data}: its text fields. */
  public static Form of(MultipartForm posted) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    posted.fields().forEach((name, value) -> copy.put(name, List.of(value)));
    copy.remove(TOKEN_FIELD);
    return new Form(copy);
  }

  /** A form shown with values already filled in (e.g. an edit page), as if they had been typed. */
  public static Form prefilled(Map<String, String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, value) -> copy.put(name, value == null ? List.of() : List.of(value)));
    return new Form(copy);
  }

  /** A required single-line text of at most {@code maxLength} characters, stripped. */
  public String text(String field, int maxLength) {
    return optionalText(field, maxLength).orElseGet(() -> missing(field, ""));
  }

  /** An optional single-line text: empty when left blank. */
  public Optional<String> optionalText(String field, int maxLength) {
    return checkedText(field, maxLength, false);
  }

  /** A required text of several lines (line breaks kept as {@code \n}). */
  public String paragraphs(String field, int maxLength) {
    return optionalParagraphs(field, maxLength).orElseGet(() -> missing(field, ""));
  }

  /** An optional text of several lines. */
  public Optional<String> optionalParagraphs(String field, int maxLength) {
    return checkedText(field, maxLength, true);
  }

  /** A required whole number between {@code min} and {@code max}; spaces between digit groups are accepted. */
  public long wholeNumber(String field, long min, long max) {
    OptionalLong value = optionalWholeNumber(field, min, max);
    return value.isPresent() ? value.getAsLong() : missing(field, 0L);
  }

  /** An optional whole number between {@code min} and {@code max}. */
  public OptionalLong optionalWholeNumber(String field, long min, long max) {
    String raw = raw(field).replaceAll("[\\s\\u00a0\\u202f]", "");
    if (raw.isEmpty() || errors.containsKey(field)) {
      return OptionalLong.empty();
    }
    if (!raw.matches("[+-]?\\d{1,18}")) {
      refuse(field, raw.matches("[+-]?\\d+([.,]\\d+)?") && raw.length() < 40 && !raw.matches("[+-]?\\d{19,}")
          ? "form.notWholeNumber" : "form.notNumber");
      return OptionalLong.empty();
    }
    long value = Long.parseLong(raw);
    if (value < min) {
      refuse(field, "form.tooSmall", min);
    } else if (value > max) {
      refuse(field, "form.tooLarge", max);
    } else {
      return OptionalLong.of(value);
    }
    return OptionalLong.empty();
  }

  /** A required calendar day ({@code YYYY-MM-DD}, as a date input sends it), between the years 1 and 9999. */
  public LocalDate date(String field) {
    return optionalDate(field).orElseGet(() -> missing(field, null));
  }

  /** An optional calendar day. */
  public Optional<LocalDate> optionalDate(String field) {
    String raw = raw(field);
    if (raw.isEmpty() || errors.containsKey(field)) {
      return Optional.empty();
    }
    try {
      if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(raw);
        if (day.getYear() >= 1) {
          return Optional.of(day);
        }
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    refuse(field, "form.notDate");
    return Optional.empty();
  }

  /** A required local date and time ({@code YYYY-MM-DDThh:mm}, as a {@code datetime-local} input sends it). */
  public LocalDateTime dateTime(String field) {
    String raw = raw(field);
    if (raw.isEmpty()) {
      return missing(field, null);
    }
    try {
      if (raw.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") && !raw.startsWith("0000")) {
        return LocalDateTime.parse(raw);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    refuse(field, "form.notDateTime");
    return null;
  }

  /** A required identifier (a UUID, as the page's own links and options carry). */
  public UUID id(String field) {
    String raw = raw(field);
    if (raw.isEmpty()) {
      return missing(field, null);
    }
    try {
      if (raw.length() == 36) {
        return UUID.fromString(raw);
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    refuse(field, "form.notChoice");
    return null;
  }

  /** A checkbox: ticked or not. */
  public boolean checked(String field) {
    return !raw(field).isEmpty();
  }

  /** A required choice among {@code allowed} (radio buttons, a select). */
  public String choice(String field, Collection<String> allowed) {
    String raw = raw(field);
    if (raw.isEmpty()) {
      return missing(field, null);
    }
    if (!allowed.contains(raw)) {
      refuse(field, "form.notChoice");
      return null;
    }
    return raw;
  }

  /** A required choice among the constants of {@code type}, sent by name. */
  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    String name = choice(field, names);
    return name == null ? null : Enum.valueOf(type, name);
  }

  /** Every value sent for {@code field} (checkboxes of one name), stripped, blanks left out. */
  public List<String> values(String field) {
    return posted.getOrDefault(field, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  /**
   * Whether the visitor pressed the "Search" button of the person picker {@code field} (the {@code {#person}} tag)
   * rather than the form's own: the page is then shown again with the people found, and nothing is done.
   */
  public boolean searching(String field) {
    return !raw(field + PERSON_SEARCH).isEmpty();
  }

  /**
   * The search typed in the person picker {@code field}, when one was typed: {@link People#MIN_QUERY} to 100
   * characters on one line, refused on {@code field} otherwise. Blank gives empty, refused only when the visitor
   * pressed "Search".
   */
  public Optional<String> personQuery(String field) {
    String query = raw(field + PERSON_QUERY);
    if (query.isEmpty()) {
      if (searching(field)) {
        refuse(field, "form.searchTooShort", People.MIN_QUERY);
      }
      return Optional.empty();
    }
    if (!SafeText.isSafe(query, false)) {
      refuse(field, "form.invalidCharacters");
    } else if (query.codePointCount(0, query.length()) > MAX_QUERY) {
      refuse(field, "form.tooLong", MAX_QUERY);
    } else if (query.codePointCount(0, query.length()) < People.MIN_QUERY) {
      refuse(field, "form.searchTooShort", People.MIN_QUERY);
    } else {
      return Optional.of(query);
    }
    return Optional.empty();
  }

  /**
   * The person chosen in the person picker {@code field}: one of the people its search showed, checked again
   * against {@code people}. A choice that is missing ({@code form.personRequired}) or that the directory does not
   * know — a forged or deleted account ({@code form.unknownPerson}) — is refused and gives {@code null}: no page
   * designates a person nobody can sign in as.
   */
  public Person person(String field, People people) {
    String subject = raw(field);
    if (subject.isEmpty()) {
      refuse(field, "form.personRequired");
      return null;
    }
    Optional<Person> known = SUBJECT.matcher(subject).matches() ? people.find(subject) : Optional.empty();
    if (known.isEmpty()) {
      refuse(field, "form.unknownPerson");
      return null;
    }
    return known.get();
  }

  /** Records a refusal of {@code field} by message key (the module's bundle, then the platform's). */
  public Form refuse(String field, String key, Object... arguments) {
    errors.putIfAbsent(field == null ? "" : field, FieldError.of(field, key, arguments));
    return this;
  }

  /**
   * Records a domain refusal: each field it names, or the form as a whole. Its message (one for all its fields) is
   * looked up as {@code
   * problem.<last part of its type>} (or {@code problem.<status>} for an untyped problem) in the module's bundle,
   * then the platform's; otherwise its detail is shown.
   */
  public Form refuse(ProblemException problem) {
    String type = problem.type() == null || "about:blank".equals(problem.type())
        ? String.valueOf(problem.status()) : problem.type();
    String key = "problem." + type.substring(type.lastIndexOf(':') + 1);
    Object listed = problem.extensions().get("errors");
    if (listed instanceof List<?> fields && !fields.isEmpty()) {
      for (Object entry : fields) {
        if (entry instanceof Map<?, ?> e && e.get("field") instanceof String field) {
          errors.putIfAbsent(field, new FieldError(field, key, List.of(), String.valueOf(e.get("message"))));
        }
      }
    } else {
      errors.putIfAbsent("", new FieldError("", key, List.of(), problem.getMessage()));
    }
    return this;
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** Refuses the form when a read recorded an error. */
  public void requireValid() {
    if (!isValid()) {
      throw new FormRefusal(this);
    }
  }

  /** The refusals, the form's own first, then the fields in the order they were read. */
  public List<FieldError> errors() {
    List<FieldError> all = new ArrayList<>();
    Optional.ofNullable(errors.get("")).ifPresent(all::add);
    errors.forEach((field, error) -> {
      if (!field.isEmpty()) {
        all.add(error);
      }
    });
    return all;
  }

  /** The refusal of {@code field}, if any. */
  public Optional<FieldError> error(String field) {
    return Optional.ofNullable(errors.get(field));
  }

  /** What was typed in {@code field} (its first value), empty when nothing. */
  public String typed(String field) {
    List<String> values = posted.get(field);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** The fields as typed (first value each), for showing the form again. */
  public Map<String, String> typed() {
    Map<String, String> typed = new LinkedHashMap<>();
    posted.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
    return typed;
  }

  private Optional<String> checkedText(String field, int maxLength, boolean multiline) {
    String text = raw(field);
    if (multiline) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.isEmpty() || errors.containsKey(field)) {
      return Optional.empty();
    }
    if (!SafeText.isSafe(text, multiline)) {
      refuse(field, "form.invalidCharacters");
      return Optional.empty();
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      refuse(field, "form.tooLong", maxLength);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private String raw(String field) {
    return typed(field).strip();
  }

  private <T> T missing(String field, T neutral) {
    if (!errors.containsKey(field)) {
      refuse(field, "form.required");
    }
    return neutral;
  }

  private static List<String> nonNull(List<String> values) {
    return values.stream().map(v -> v == null ? "" : v).toList();
  }

  @Override
  public String toString() {
    return "Form" + typed().keySet() + errors.keySet().toString().toLowerCase(Locale.ROOT);
  }
}
