package org.parvis.spi.web;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;

/**
 * Pages from a module's Qute templates, inside the portal frame. Injectable (one per request).
 *
 * <p>A module keeps its templates in its own jar under {@code templates/<module-id>/}, e.g. {@code
 * templates/petitions/list.html}, named here {@code "petitions/list"}. Every expression is HTML-escaped. Besides
 * what the page adds with {@link View#with}, every template reads:
 *
 * <ul>
 *   <li>{@code t} — the module's texts in the page's language ({@code messages/<module-id>_fr|en.properties}):
 *       {@code {t.get('key')}}, {@code {t.get('key', arg1, arg2)}};
 *   <li>{@code m} — the platform's texts, the same way;
 *   <li>{@code fmt} — numbers, money and dates for the page's language and the tenant's time zone: {@code
 *       {fmt.number(n)}}, {@code {fmt.euros(n)}}, {@code {fmt.day(instantOrDate)}}, {@code {fmt.dateTime(instant)}},
 *       {@code {fmt.time(instant)}}, {@code {fmt.iso(instantOrDate)}} (for {@code datetime} attributes);
 *   <li>{@code form} — the form given with {@link View#form} (an empty one otherwise): {@code {form.value('f')}},
 *       {@code {form.error('f')}}, {@code {form.checked('f')}};
 *   <li>{@code me} — who is visiting: {@code me.signedIn}, {@code me.displayName}, {@code me.admin}, {@code
 *       me.staff}, {@code me.moderator}, {@code me.verifiedResident};
 *   <li>{@code lang} — {@code fr} or {@code en}.
 * </ul>
 *
 * And the platform's tags: {@code {#csrf /}} (the anti-forgery field every {@code POST} form needs; the platform
 * checks it on every portal post), {@code {#errors /}} (the summary of a refused form, linking to each field),
 * {@code {#field name='title' label=t.get('title') /}} and {@code {#textarea …/}} (a labelled input with its hint,
 * its message and what was typed; the error summary names the field by its label, or by {@code summary='…'} where
 * the label alone is ambiguous, e.g. the same field on several lines).
 */
public interface PortalViews {

  /**
   * A page from the module template {@code template}, titled {@code title} (plain text, the page's only {@code h1}).
   */
  View page(String template, String title);

  /** Post–redirect–get: 303 to {@code path} on this host. */
  Response seeOther(String path);

  /**
   * Runs a form's action: 303 to the path it returns; when it refuses — a {@link FormRefusal} from {@link
   * Form#requireValid()} or a {@link org.parvis.spi.problem.ProblemException} from the domain — the page that
   * {@code again} builds, shown with the form (what was typed, the message next to the field) and status 422 (409
   * for a conflict, 403 or 429 as the problem says). Unauthenticated (401) and not-found (404) problems go on.
   */
  Response submit(Form form, Function<Form, String> action, Function<Form, View> again);

  /** The visitor's language. */
  Locale locale();
}
