package org.parvis.testsupport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Loopback HTTP calls to the benchmarked WildFly, each naming its host in the {@code Host} header.
 * HTTP/1.1 only: an h2c upgrade would drop the tenant's {@code Host} header.
 */
final class BenchHttp {

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final int port;
  private final String operatorToken;

  BenchHttp(int port, String operatorToken) {
    this.port = port;
    this.operatorToken = operatorToken;
  }

  /** A status and the time it took, headers to last byte. */
  record Timed(int status, long nanos, String body) {}

  Timed operator(String method, String path, String json) {
    var request = request("localhost", path, "application/json")
        .header("Authorization", "Bearer " + operatorToken)
        .method(method, json == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.build());
  }

  Timed get(String host, String path, String accept) {
    return send(request(host, path, accept).GET().build());
  }

  private HttpRequest.Builder request(String host, String path, String accept) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + port)
        .header("Accept", accept);
  }

  private Timed send(HttpRequest request) {
    long start = System.nanoTime();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Timed(response.statusCode(), System.nanoTime() - start, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
