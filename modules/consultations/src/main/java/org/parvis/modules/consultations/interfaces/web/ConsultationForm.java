package org.parvis.modules.consultations.interfaces.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.spi.web.Form;

/** The fields of a consultation's terms in the administration form, read and shown again. */
final class ConsultationForm {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private ConsultationForm() {}

  /** The terms typed; {@code null} when a field was refused (the form then says why). */
  static Consultation.Terms read(Form form, ZoneId zone) {
    String title = form.text("title", 200);
    String presentation = form.optionalParagraphs("presentation", 20000).orElse("");
    LocalDateTime opens = form.dateTime("opensAt");
    LocalDateTime closes = form.dateTime("closesAt");
    Audience audience = form.choice("audience", Audience.class);
    List<String> districts = form.optionalParagraphs("districts", 4000).map(d -> Arrays.asList(d.split("\n")))
        .orElse(List.of());
    if (audience == Audience.DISTRICTS && districts.stream().allMatch(String::isBlank)) {
      form.refuse("districts", "admin.districtsRequired");
    }
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      form.refuse("closesAt", "admin.closesAfterOpens");
    }
    if (!form.isValid()) {
      return null;
    }
    return new Consultation.Terms(title, presentation, opens.atZone(zone).toInstant(),
        closes.atZone(zone).toInstant(), audience, districts, form.checked("anonymous"),
        form.checked("resultsWhileOpen"));
  }

  static Form prefilled(Consultation c, ZoneId zone) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", c.title());
    values.put("presentation", c.presentation());
    values.put("opensAt", LOCAL.format(c.opensAt().atZone(zone)));
    values.put("closesAt", LOCAL.format(c.closesAt().atZone(zone)));
    values.put("audience", c.audience().name());
    values.put("districts", String.join("\n", c.districts()));
    if (c.anonymous()) {
      values.put("anonymous", "on");
    }
    if (c.resultsWhileOpen()) {
      values.put("resultsWhileOpen", "on");
    }
    return Form.prefilled(values);
  }
}
