package org.parvis.core.portal;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Qute templates of the portal ({@code templates/*.html} on the classpath). Every expression is
 * HTML-escaped unless it is explicitly raw.
 */
@ApplicationScoped
public class PortalTemplates {

  private final Engine engine = Engine.builder()
      .addDefaults()
      .addValueResolver(new ReflectionValueResolver())
      .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
      .addLocator(PortalTemplates::locate)
      .build();

  public String render(String name, Map<String, Object> data) {
    Template template = engine.getTemplate(name);
    if (template == null) {
      throw new IllegalStateException("No portal template " + name);
    }
    var instance = template.instance();
    data.forEach(instance::data);
    return instance.render();
  }

  private static Optional<TemplateLocation> locate(String id) {
    URL url = PortalTemplates.class.getClassLoader().getResource("templates/" + id + ".html");
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(new TemplateLocation() {
      @Override
      public Reader read() {
        try {
          return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public Optional<Variant> getVariant() {
        return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
      }
    });
  }
}
