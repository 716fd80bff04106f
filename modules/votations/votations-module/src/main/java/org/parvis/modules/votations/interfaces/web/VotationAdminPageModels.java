package org.parvis.modules.votations.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.tenant.CurrentTenant;

/** The view models of the votations' administration pages, in the page's language and on the tenant's clocks. */
@RequestScoped
public class VotationAdminPageModels {

  @Inject CurrentTenant tenant;

  /** A votation in the administration's table. */
  public record Row(UUID id, String question, String status, String opens, String closes, long participants,
      boolean closed) {}

  /** One votation's administration page: what it is and what may be done with it now. */
  public record Detail(UUID id, String question, String status, String method, String opens, String closes,
      long participants, List<String> options, List<String> grades, boolean upcoming, boolean open,
      boolean closed) {}

  /** A counting method offered by the form, with what it means for voters. */
  public record MethodChoice(String value, String id, String label, String explanation) {}

  /** One option input of the form. */
  public record OptionField(String name, String label) {}

  /** The votation form: where it posts, its button, the methods, the option inputs and the tenant's zone. */
  public record Editor(String action, String submit, List<MethodChoice> methods, List<OptionField> options,
      String zone) {}

  public Row row(Summary s, Texts t) {
    Votation v = s.votation();
    return new Row(v.id(), v.question(), t.get("status." + s.status()), when(v.opensAt(), t), when(v.closesAt(), t),
        s.participants(), "CLOSED".equals(s.status()));
  }

  public Detail detail(Summary s, Texts t) {
    Votation v = s.votation();
    return new Detail(v.id(), v.question(), t.get("status." + s.status()), t.get("admin.method." + v.method()),
        when(v.opensAt(), t), when(v.closesAt(), t), s.participants(),
        v.options().stream().map(VotationOption::label).toList(), v.gradeLabels(), "UPCOMING".equals(s.status()),
        "OPEN".equals(s.status()), "CLOSED".equals(s.status()));
  }

  /** The form creating a votation ({@code votation} null) or changing it. */
  public Editor editor(Votation votation, Texts t) {
    UUID id = votation == null ? null : votation.id();
    List<MethodChoice> methods = Arrays.stream(CountingMethod.values())
        .map(m -> new MethodChoice(m.name(), "method-" + m.ordinal(), t.get("admin.method." + m),
            t.get("admin.method." + m + ".hint")))
        .toList();
    int inputs = VotationForm.inputs(votation == null ? 0 : votation.options().size());
    List<OptionField> options = IntStream.rangeClosed(1, inputs)
        .mapToObj(i -> new OptionField(VotationForm.option(i), t.get("admin.optionN", i))).toList();
    return new Editor(id == null ? "/votations/administration/new" : "/votations/administration/" + id + "/edit",
        t.get(id == null ? "admin.create" : "admin.save"), methods, options, zone().getId());
  }

  private String when(java.time.Instant at, Texts t) {
    return LocalTimes.dateTime(at, zone(), t.locale());
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }
}
