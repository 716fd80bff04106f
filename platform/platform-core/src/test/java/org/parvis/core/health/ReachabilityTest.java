package org.parvis.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

  private HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int status = 200;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      calls.incrementAndGet();
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void upOnA200AndDownWithTheStatusOtherwise() {
    assertTrue(new Reachability(url()).probe().up());
    status = 503;
    var probe = new Reachability(url()).probe();
    assertFalse(probe.up());
    assertEquals("HTTP 503", probe.detail().orElseThrow());
  }

  @Test
  void downWhenNothingListens() {
    String url = url();
    server.stop(0);
    var probe = new Reachability(url).probe();
    assertFalse(probe.up());
    assertTrue(probe.detail().isPresent());
  }

  @Test
  void theAnswerIsRememberedAFewSecondsThenAskedAgain() {
    var clock = new MovableClock();
    var keycloak = new Reachability(url(), clock);
    keycloak.probe();
    keycloak.probe();
    assertEquals(1, calls.get());
    status = 500;
    clock.now = clock.now.plus(Reachability.REMEMBERED);
    assertFalse(keycloak.probe().up());
    assertEquals(2, calls.get());
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/x/.well-known";
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
