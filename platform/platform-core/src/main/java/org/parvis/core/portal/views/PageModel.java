package org.parvis.core.portal.views;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Supplier;
import org.parvis.core.portal.Messages;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Form;

/**
 * What every module template reads besides its page's own data ({@link org.parvis.spi.web.PortalViews} lists it),
 * and what the platform's tags read through the {@code page:} namespace.
 */
public final class PageModel {

  private final Map<String, Object> data = new HashMap<>();
  private final Map<String, Object> attributes = new HashMap<>();

  private PageModel() {}

  /**
   * The model of a page of module template {@code template} (its first path segment names the module and its
   * bundle {@code messages/<module>}).
   */
  public static PageModel of(String template, Locale locale, ZoneId zone, Form form, Visitor me,
      Supplier<String> token) {
    PageModel model = new PageModel();
    String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
    Texts module = moduleTexts(template, language);
    Texts forms = Texts.of("messages.forms", language);
    FormModel shown = FormModel.of(form, module, forms);
    model.data.put("lang", language);
    model.data.put("t", module);
    model.data.put("m", Messages.of(language));
    model.data.put("fmt", new PageFormats(module == null ? forms.locale() : module.locale(), zone));
    model.data.put("form", shown);
    model.data.put("me", me);
    model.attributes.put("parvis.form", shown);
    model.attributes.put("parvis.csrf", new FormToken(token));
    model.attributes.put("parvis.texts", forms);
    return model;
  }

  /** Adds the page's own data. */
  public PageModel with(Map<String, Object> page) {
    data.putAll(page);
    return this;
  }

  public Map<String, Object> data() {
    return data;
  }

  public Map<String, Object> attributes() {
    return attributes;
  }

  private static Texts moduleTexts(String template, String language) {
    int slash = template.indexOf('/');
    if (slash <= 0) {
      return null;
    }
    try {
      return Texts.of("messages." + template.substring(0, slash), language);
    } catch (MissingResourceException noBundle) {
      return null;
    }
  }
}
