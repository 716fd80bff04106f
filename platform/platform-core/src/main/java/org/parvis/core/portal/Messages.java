package org.parvis.core.portal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's texts in one language, from the {@code messages/portal} bundles. */
public final class Messages {

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private Messages() {}

  public static Map<String, String> of(String language) {
    return CACHE.computeIfAbsent(language, lang -> {
      ResourceBundle bundle = ResourceBundle.getBundle("messages.portal", Locale.forLanguageTag(lang),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      Map<String, String> texts = new HashMap<>();
      bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
      return Collections.unmodifiableMap(texts);
    });
  }
}
