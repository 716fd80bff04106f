package org.parvis.testsupport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Loopback calls to the benchmarked WildFly as one bearer of a token, on one tenant's host
 * (HTTP/1.1 only: an h2c upgrade would drop the {@code Host} header).
 */
final class TenantClient {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final int port;
  private final String host;
  private final String token;

  TenantClient(int port, String host, String token) {
    this.port = port;
    this.host = host;
    this.token = token;
  }

  record Reply(int status, String body) {}

  Reply send(String method, String path, String body, String contentType) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Host", host + ":" + port)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token)
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
