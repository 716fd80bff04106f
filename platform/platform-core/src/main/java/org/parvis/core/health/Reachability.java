package org.parvis.core.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether an HTTP endpoint answers 200 within a short timeout, remembered for a few seconds. */
final class Reachability {

  static final Duration TIMEOUT = Duration.ofSeconds(2);
  static final Duration REMEMBERED = Duration.ofSeconds(5);

  record Probe(boolean up, Optional<String> detail, Instant at) {}

  private final URI target;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
  private volatile Probe last;

  Reachability(String target) {
    this(target, Clock.systemUTC());
  }

  Reachability(String target, Clock clock) {
    this.target = URI.create(target);
    this.clock = clock;
  }

  Probe probe() {
    Probe remembered = last;
    Instant now = clock.instant();
    if (remembered != null && remembered.at().plus(REMEMBERED).isAfter(now)) {
      return remembered;
    }
    Probe fresh = ask(now);
    last = fresh;
    return fresh;
  }

  private Probe ask(Instant now) {
    try {
      HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200
          ? new Probe(true, Optional.empty(), now)
          : new Probe(false, Optional.of("HTTP " + status), now);
    } catch (IOException e) {
      return new Probe(false, Optional.of(e.getClass().getSimpleName()), now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probe(false, Optional.of("interrupted"), now);
    }
  }
}
