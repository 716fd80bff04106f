package org.parvis.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for portal pages on one tenant host: keeps cookies, follows redirects itself
 * (so that the tenant's {@code Host} header is kept on loopback), and signs in through the real
 * Keycloak login form.
 */
public final class PortalBrowser {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /** Cookies by host, sent over plain http to loopback as browsers do for localhost. */
  private final Map<String, Map<String, String>> cookies = new HashMap<>();
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String host;
  private final int port = Integer.getInteger("parvis.it.http.port", 8080);

  public PortalBrowser(String host) {
    this.host = host;
  }

  /** A page as the browser ends up showing it, after redirects. */
  public record Page(int status, String url, String body) {
    /** The CSRF token of the page's forms. */
    public String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("No form on " + url);
      }
      return m.group(1);
    }
  }

  public Page open(String path) {
    return follow(request(URI.create(origin() + path)).GET());
  }

  public Page submit(String path, Map<String, String> form) {
    return follow(request(URI.create(origin() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  /** A file a multipart form sends: its field, file name, media type and bytes. */
  public record FilePart(String field, String filename, String contentType, byte[] content) {}

  /**
   * Submits a {@code multipart/form-data} form (a form with a file field) as a browser does: the
   * text fields, then the file ({@code null}: the file field left empty).
   */
  public Page submitMultipart(String path, Map<String, String> fields, FilePart file) {
    String boundary = "----ParvisFormBoundary" + Long.toHexString(System.nanoTime());
    var body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data;"
        + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
          + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
          + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return follow(request(URI.create(origin() + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A response as a script on the page would see it: no redirect followed, headers kept. */
  public record Fetched(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
  }

  /**
   * Sends a request from this browser with its cookies, as {@code fetch(path, {credentials:
   * 'include'})} from a page would: the raw path is sent as written (matrix parameters, encoded
   * characters), {@code accept} as the Accept header.
   */
  public Fetched fetch(String method, String rawPath, String accept) {
    try {
      var builder = HttpRequest.newBuilder(URI.create(origin() + rawPath))
          .header("Accept", accept).timeout(Duration.ofSeconds(30))
          .method(method, HttpRequest.BodyPublishers.noBody());
      HttpRequest request = withLoopback(withCookies(builder, host));
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      remember(host, response);
      return new Fetched(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through Keycloak's login form, starting from the portal's sign-in link. */
  public Page signIn(String username, String password, String returnPath) {
    Page login = open("/auth/login?return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8));
    Matcher action = FORM_ACTION.matcher(login.body());
    if (!action.find()) {
      throw new IllegalStateException("No Keycloak login form at " + login.url() + ": " + login.status());
    }
    Page page = login;
    // With organizations, Keycloak may ask for the username first and the password on a second
    // page (identity-first login); a browser answers each form in turn.
    for (int step = 0; step < 3 && action.find(0); step++) {
      String target = action.group(1).replace("&amp;", "&");
      page = follow(HttpRequest.newBuilder(URI.create(target))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(
              encode(Map.of("username", username, "password", password)))));
      action = FORM_ACTION.matcher(page.body());
    }
    return page;
  }

  private String origin() {
    return "http://" + host + ":" + port;
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30));
  }

  private Page follow(HttpRequest.Builder first) {
    try {
      HttpRequest.Builder pending = first;
      for (int hops = 0; hops < 10; hops++) {
        HttpRequest logical = pending.build();
        String cookieHost = logical.uri().getHost();
        HttpRequest request = withLoopback(withCookies(pending, cookieHost));
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        remember(cookieHost, response);
        var location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
          return new Page(response.statusCode(), logical.uri().toString(), response.body());
        }
        pending = request(logical.uri().resolve(location.get())).GET();
      }
      throw new IllegalStateException("Too many redirects");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder builder, String host) {
    Map<String, String> jar = cookies.getOrDefault(host, Map.of());
    if (!jar.isEmpty()) {
      builder.setHeader("Cookie", jar.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private void remember(String host, HttpResponse<?> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      Map<String, String> jar = cookies.computeIfAbsent(host, h -> new HashMap<>());
      String lower = header.toLowerCase(Locale.ROOT);
      if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    }
  }

  /** Requests to *.localhost go to 127.0.0.1 with the original Host header, as a browser would. */
  private static HttpRequest withLoopback(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    URI uri = request.uri();
    if (uri.getHost() == null || !uri.getHost().endsWith("localhost")) {
      return request;
    }
    URI loopback = URI.create(uri.getScheme() + "://127.0.0.1:" + uri.getPort() + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    HttpRequest.Builder copy = HttpRequest.newBuilder(loopback)
        .header("Host", uri.getHost() + ":" + uri.getPort())
        .timeout(Duration.ofSeconds(30))
        .method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
    request.headers().map().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("host")) {
        values.forEach(v -> copy.header(name, v));
      }
    });
    return copy.build();
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
