package org.parvis.modules.budget.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.Recount;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrators' pages of the budget as their templates read them: the editions with the creation and Pabulib
 * forms, and an edition's calendar, closing and recounts. Dates are days of the tenant's time zone.
 */
@RequestScoped
public class AdministrationPageModels {

  @Inject EditionAdministration administration;
  @Inject PublishedResults results;
  @Inject ModuleSettings settings;
  @Inject CurrentTenant tenant;
  @Inject PortalViews views;

  /** An edition in the list, with its five days. */
  public record Row(UUID id, String title, String phase, List<LocalDate> days) {}

  /** An option of a select or a radio group: its value and its label. */
  public record Choice(String value, String label) {}

  /** The creation form's options. */
  public record Creation(List<Choice> kinds, List<Choice> rules, List<Choice> utilities, List<Choice> completions) {}

  /** An edition's administration page; {@code recount} when the results are published. */
  public record EditionAdmin(UUID id, String phase, boolean closed, boolean recount, List<RecountRow> recounts) {}

  /** A past recount. */
  public record RecountRow(Instant at, String by, String why, String fundedChanged) {}

  /** What a form shows: what was typed, or the values it starts with. */
  public record Typed(Map<String, String> values) {
    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    public boolean is(String field, String option) {
      return option != null && option.equals(values.get(field));
    }
  }

  /** The calendar's fields, in calendar order, with their labels and the days shown. */
  public record Day(String field, String label, String value) {}

  /** What a blank creation form shows. */
  Map<String, String> defaults() {
    return EditionForm.defaults(settings.get(BudgetModule.ID, BudgetModule.DEFAULT_RULE),
        BudgetPortal.messages(views));
  }

  ZoneId zone() {
    return tenant.require().zone();
  }

  /** The editions, the creation form (showing {@code typed}) and the Pabulib form; {@code refusal} on top. */
  View editions(Map<String, String> typed, String refusal) {
    BudgetMessages m = BudgetPortal.messages(views);
    Instant now = Instant.now();
    List<Row> rows = administration.all().stream().map(e -> new Row(e.id(), e.title(),
        m.get("budget.phase." + e.phaseAt(now)), EditionForm.dates(e.calendar(), zone()).values().stream()
            .map(LocalDate::parse).toList())).toList();
    Creation creation = new Creation(
        Arrays.stream(BallotKind.values()).map(k -> new Choice(k.name(), m.get("budget.admin.kind." + k))).toList(),
        choices("allocationRule", AllocationRules.NAMES, m), choices("mesUtility", Edition.MES_UTILITIES, m),
        choices("mesCompletion", Edition.MES_COMPLETIONS, m));
    return views.page("budget/admin-editions", m.get("budget.admin.pageTitle"))
        .with("rows", rows).with("creation", creation)
        .with("days", days(typed, m)).with("zoneHelp", m.get("budget.admin.calendar.help", zone().getId()))
        .with("typed", new Typed(typed)).with("refusal", refusal == null ? "" : refusal);
  }

  /** An edition's page, its calendar showing {@code dates} and the recount {@code reason}. */
  View edition(Edition edition, String noticeKey, Map<String, String> dates, String reason, Form form,
      String refusal) {
    BudgetMessages m = BudgetPortal.messages(views);
    Phase phase = edition.phaseAt(Instant.now());
    boolean recount = phase.isAtLeast(Phase.RESULTS) && results.published(edition.id());
    List<RecountRow> recounts = recount ? results.recounts(edition.id()).stream().map((Recount r) ->
        new RecountRow(r.recountedAt(), r.requestedBy(), r.reason(), m.get(r.fundedChanged() ? "budget.yes"
            : "budget.no"))).toList() : List.of();
    return views.page("budget/admin-edition", m.get("budget.admin.editionTitle", edition.title()))
        .with("edition", new EditionAdmin(edition.id(), m.get("budget.currentPhase", m.get("budget.phase." + phase)),
            phase.isAtLeast(Phase.RESULTS), recount, recounts))
        .with("days", days(dates, m)).with("zoneHelp", m.get("budget.admin.calendar.help", zone().getId()))
        .with("reason", reason).with("notice", noticeKey == null ? "" : m.get(noticeKey))
        .with("refusal", refusal == null ? "" : refusal).form(form);
  }

  /** Why a creation, a calendar or a closing was refused, naming the parts of the form to fix. */
  static String refusal(Form form, BudgetMessages m) {
    return Refusals.first(form).map(error -> switch (key(error)) {
      case "problem.budget-results-published" -> m.get("budget.admin.refused.published");
      case "problem.invalid-request" -> invalid(form, m);
      default -> Refusals.binder(error) ? invalid(form, m) : m.get("budget.admin.refused.other");
    }).orElse(null);
  }

  private static String invalid(Form form, BudgetMessages m) {
    Set<String> named = new LinkedHashSet<>();
    for (FieldError error : form.errors()) {
      String group = EditionForm.group(error.field().split("[.\\[]", 2)[0]);
      if (group != null) {
        named.add(group);
      }
    }
    List<String> shown = EditionForm.GROUPS.stream().filter(named::contains).toList();
    return m.get("budget.admin.refused.invalid", (shown.isEmpty() ? EditionForm.GROUPS : shown).stream()
        .map(g -> m.get("budget.admin.check." + g)).collect(Collectors.joining(", ")));
  }

  static String key(FieldError error) {
    return error.key() == null ? "" : error.key();
  }

  /** The text of {@code error} in the page's language. */
  static String text(FieldError error, BudgetMessages m) {
    return Refusals.text(error, Texts.of("messages.budget", m.locale()));
  }

  private static List<Day> days(Map<String, String> typed, BudgetMessages m) {
    return EditionForm.DATES.stream()
        .map(f -> new Day(f, m.get("budget.admin.date." + f), typed.getOrDefault(f, ""))).toList();
  }

  private static List<Choice> choices(String field, List<String> values, BudgetMessages m) {
    return values.stream().map(v -> new Choice(v, m.get("budget.admin." + field + "." + v))).toList();
  }
}
