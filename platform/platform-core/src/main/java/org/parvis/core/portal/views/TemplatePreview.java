package org.parvis.core.portal.views;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.parvis.core.portal.PortalTemplates;
import org.parvis.spi.web.Form;

/**
 * A module template rendered outside the server, with what the portal gives every template (texts, formats, form,
 * visitor, token): for the render tests of a module's pages.
 */
public final class TemplatePreview {

  private static final PortalTemplates TEMPLATES = new PortalTemplates();

  private TemplatePreview() {}

  /** The main content of page {@code template} in {@code language}, for an anonymous visitor, with an empty form. */
  public static String render(String template, String language, Map<String, Object> data) {
    return render(template, language, Form.empty(), Visitor.ANONYMOUS, data);
  }

  /** The same for a given form and visitor, on the clocks of Paris. */
  public static String render(String template, String language, Form form, Visitor me, Map<String, Object> data) {
    PageModel model = PageModel.of(template, Locale.forLanguageTag(language), ZoneId.of("Europe/Paris"), form, me,
        () -> "preview-token").with(data);
    return TEMPLATES.render(template, model.data(), model.attributes());
  }
}
