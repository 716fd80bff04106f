package org.parvis.core.portal;

import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.parvis.core.portal.views.FormModel;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Markup;

/**
 * The Qute engine of the portal: the platform's templates and every module's ({@code templates/**.html} on the
 * class path), the platform's tags ({@code templates/tags/}), and the {@code page:} namespace through which tags
 * reach the page's form, token and texts. Every expression is HTML-escaped unless it is explicitly raw.
 */
@ApplicationScoped
public class PortalTemplates {

  /** The tags every template may use, each {@code templates/tags/<name>.html}. */
  static final List<String> TAGS = List.of("csrf", "errors", "field", "textarea", "person");

  private final Engine engine = newEngine();

  /** Renders template {@code name} with {@code data}. */
  public String render(String name, Map<String, Object> data) {
    return render(name, data, Map.of());
  }

  /** Renders template {@code name} with {@code data}; {@code attributes} are read by tags as {@code page:name} (attribute {@code parvis.name}). */
  public String render(String name, Map<String, Object> data, Map<String, Object> attributes) {
    Template template = engine.getTemplate(name);
    if (template == null) {
      throw new IllegalStateException("No portal template " + name);
    }
    var instance = template.instance();
    data.forEach(instance::data);
    attributes.forEach(instance::setAttribute);
    String html = instance.render();
    if (attributes.get("parvis.form") instanceof FormModel form && form.learntLabelsForItsSummary()) {
      // The error summary precedes the fields whose labels it names: once the first rendering has learnt them,
      // render again (only refused forms pay for it).
      var again = template.instance();
      data.forEach(again::data);
      attributes.forEach(again::setAttribute);
      html = again.render();
    }
    return html;
  }

  private static Engine newEngine() {
    var builder = Engine.builder()
        .addDefaults()
        .addValueResolver(new ReflectionValueResolver())
        .addValueResolver(texts())
        .addValueResolver(markup())
        .addNamespaceResolver(NamespaceResolver.builder("page").resolve(ctx -> ctx.getAttribute("parvis." + ctx.getName())).build())
        .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
        .addLocator(PortalTemplates::locate);
    TAGS.forEach(tag -> builder.addSectionHelper(new UserTagSectionHelper.Factory(tag, "tags/" + tag)));
    return builder.build();
  }

  /** {@code t.get('key', arguments…)} on a module's {@link Texts}. */
  private static ValueResolver texts() {
    return ValueResolver.builder()
        .appliesTo(ctx -> ctx.getBase() instanceof Texts && "get".equals(ctx.getName()) && !ctx.getParams().isEmpty())
        .resolveAsync(PortalTemplates::text)
        .build();
  }

  /** {@code chart.html}: markup drawn by the code itself ({@link Markup}), the only thing put in a page unescaped. */
  private static ValueResolver markup() {
    return ValueResolver.builder()
        .appliesTo(ctx -> ctx.getBase() instanceof Markup && "html".equals(ctx.getName()))
        .resolveSync(ctx -> new RawString(((Markup) ctx.getBase()).drawn()))
        .build();
  }

  private static CompletionStage<Object> text(EvalContext ctx) {
    Texts texts = (Texts) ctx.getBase();
    List<CompletableFuture<Object>> values = new ArrayList<>();
    ctx.getParams().forEach(param -> values.add(ctx.evaluate(param).toCompletableFuture()));
    return CompletableFuture.allOf(values.toArray(CompletableFuture[]::new)).thenApply(done -> {
      Object[] arguments = values.stream().skip(1).map(CompletableFuture::join).toArray();
      return texts.get(String.valueOf(values.get(0).join()), arguments);
    });
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
