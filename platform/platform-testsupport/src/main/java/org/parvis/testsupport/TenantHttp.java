package org.parvis.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP calls to the Parvis server as a browser on a tenant's host name would make them: the
 * connection goes to loopback, the {@code Host} header names the tenant. Needs
 * {@code -Djdk.httpclient.allowRestrictedHeaders=host}, set by the build.
 */
public final class TenantHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1 as browsers speak it to plain-http hosts: an h2c upgrade would replace the
          // tenant's Host header with the loopback address on later requests.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String host;
  private final String token;

  private TenantHttp(String host, String token) {
    this.host = host;
    this.token = token;
  }

  /** Requests to {@code host} (e.g. {@code grenoble.localhost}), anonymous. */
  public static TenantHttp on(String host) {
    return new TenantHttp(host, null);
  }

  /** The same host, with a bearer token. */
  public TenantHttp as(String bearerToken) {
    return new TenantHttp(host, bearerToken);
  }

  public Reply get(String path) {
    return send("GET", path, null, "application/json");
  }

  public Reply getHtml(String path) {
    return send("GET", path, null, "text/html");
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, "application/json");
  }

  /** A POST with a body of another media type, e.g. {@code text/csv}. */
  public Reply post(String path, String body, String contentType) {
    return send("POST", path, body, contentType, "application/json");
  }

  public Reply send(String method, String path, String json, String accept) {
    return send(method, path, json, "application/json", accept);
  }

  public Reply send(String method, String path, String body, String contentType, String accept) {
    int port = Integer.getInteger("parvis.it.http.port", 8080);
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + port)
        .header("Accept", accept)
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, media type and body, with JSON accessors. */
  public record Reply(int status, String contentType, String body) {

    public JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public JsonArray jsonArray() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
