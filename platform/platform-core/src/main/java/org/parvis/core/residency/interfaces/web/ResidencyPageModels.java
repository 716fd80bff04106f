package org.parvis.core.residency.interfaces.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.residency.application.CensusCsv;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.core.residency.application.CodeIssuance;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.core.residency.domain.VerificationRequest;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;

/** The records the residency administration pages show, already in the page's language. */
public final class ResidencyPageModels {

  /** The bundle of the residency pages ({@code messages/residency_fr|en.properties}). */
  static final String BUNDLE = "messages.residency";

  private ResidencyPageModels() {}

  static Texts texts(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }

  /** A verification method as a checkbox: its value, name, meaning in plain words, and whether it is ticked. */
  public record MethodOption(String value, String label, String meaning, boolean checked) {}

  /** A district of the census and how many people live there, written for the page. */
  public record DistrictCount(String name, String people) {}

  /** A line of a census file that cannot be read: its number and why, in the page's language. */
  public record LineProblem(long line, String message) {}

  /** One person as the census file gives them, for the admin to check the columns were read right. */
  public record PreviewLine(String lastName, String firstNames, String birthDate, String district) {}

  /** What a census file holds before it replaces the census. */
  public record CensusPreview(String file, String encoding, String separator, int people, int badLines,
      List<PreviewLine> first, List<DistrictCount> districts, List<LineProblem> problems, boolean confirmable,
      String token) {
    /** Bad lines not listed. */
    public int more() {
      return badLines - problems.size();
    }
  }

  /** One letter with its code. */
  public record Letter(String lastName, String firstNames, List<String> address, String code, String expires) {}

  /** The tenant's look on the letters: its name and colours (checked {@code #rrggbb}, or the platform's). */
  public record Letterhead(String commune, String primary, String secondary, String link) {}

  /** A pending request in the staff queue. */
  public record RequestRow(UUID id, String lastName, String firstNames, String birthDate, String requestedAt) {}

  static List<MethodOption> methods(Texts t, Collection<String> chosen) {
    List<MethodOption> options = new ArrayList<>();
    for (VerificationMethod method : List.of(VerificationMethod.CENSUS, VerificationMethod.CODE,
        VerificationMethod.STAFF_APPROVAL)) {
      options.add(new MethodOption(method.name(), t.get("method." + method.name()),
          t.get("method." + method.name() + ".meaning"), chosen.contains(method.name())));
    }
    return options;
  }

  static List<String> names(Set<VerificationMethod> methods) {
    return methods.stream().map(VerificationMethod::name).toList();
  }

  static List<DistrictCount> districts(Texts t, Map<String, Long> districts) {
    return districts.entrySet().stream()
        .map(e -> new DistrictCount(e.getKey(), t.get("census.people", e.getValue())))
        .toList();
  }

  static CensusPreview preview(Texts t, String file, CensusImport.Preview preview, String token) {
    var parsed = preview.parsed();
    List<PreviewLine> first = parsed.residents().stream().limit(5)
        .map(r -> new PreviewLine(r.identity().lastName(), r.identity().firstNames(),
            LocalTimes.day(r.identity().birthDate(), t.locale()), r.district().orElse("")))
        .toList();
    return new CensusPreview(file,
        t.get("encoding." + ("UTF-8".equals(preview.encoding()) ? "utf8" : "windows1252")),
        t.get(parsed.separator() == ',' ? "separator.comma" : "separator.semicolon"),
        preview.people(), parsed.badLines(), first, districts(t, preview.districts()),
        parsed.lineErrors().stream().map(e -> problem(t, e)).toList(), parsed.valid(), token);
  }

  static LineProblem problem(Texts t, CensusCsv.LineError error) {
    String value = "header".equals(error.problem()) ? t.get(error.value()) : error.value();
    return new LineProblem(error.line(), t.get("census.error." + error.problem(), value));
  }

  static List<Letter> letters(Texts t, java.time.ZoneId zone, List<CodeIssuance.IssuedCode> codes,
      List<List<String>> addresses) {
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      var code = codes.get(i);
      letters.add(new Letter(code.identity().lastName(), code.identity().firstNames(), addresses.get(i),
          code.code(), LocalTimes.day(code.expiresAt(), zone, t.locale())));
    }
    return letters;
  }

  static Letterhead letterhead(String commune, String primary, String secondary, String link) {
    return new Letterhead(commune, colour(primary, "#1f3a5f"), colour(secondary, "#5a6b7d"), link);
  }

  static List<RequestRow> requests(Texts t, java.time.ZoneId zone, List<VerificationRequest> pending) {
    return pending.stream().map(r -> row(t, zone, r)).toList();
  }

  static RequestRow row(Texts t, java.time.ZoneId zone, VerificationRequest r) {
    var identity = r.identity();
    return new RequestRow(r.id(), identity.lastName(), identity.firstNames(),
        LocalTimes.day(identity.birthDate(), t.locale()), LocalTimes.dateTime(r.requestedAt(), zone, t.locale()));
  }

  static String birthDay(Texts t, LocalDate day) {
    return LocalTimes.day(day, t.locale());
  }

  private static String colour(String hex, String fallback) {
    return hex != null && hex.matches("#[0-9a-fA-F]{6}") ? hex : fallback;
  }
}
