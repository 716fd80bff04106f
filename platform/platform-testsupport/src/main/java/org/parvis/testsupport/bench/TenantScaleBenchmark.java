package org.parvis.testsupport.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.parvis.testsupport.KeycloakAdmin;
import org.parvis.testsupport.Secrets;

/**
 * Creates many tenants through the operator API of a private, loopback-only Parvis and measures,
 * at checkpoints, how long tenant creation and tenant requests take. A benchmark, not a test: it
 * asserts nothing about speed and prints a Markdown table for {@code docs/benchmarks.md}.
 *
 * <p>Run by {@code deploy/bin/bench-tenants}. Settings (system properties) and defaults:
 *
 * <ul>
 *   <li>{@code parvis.bench.tenants} 10000, {@code parvis.bench.step} 1000 (a checkpoint every
 *       step), {@code parvis.bench.warmup} 100 (the first checkpoint);
 *   <li>{@code parvis.bench.concurrency} 4 creating clients, {@code parvis.bench.samples} 300
 *       sequential reads per checkpoint, {@code parvis.bench.max-minutes} 20 for the whole load;
 *   <li>{@code parvis.bench.organizations} true: WildFly gets the Keycloak client secret and
 *       mirrors each tenant as an organization, asynchronously after the tenant commits; the
 *       run then waits up to {@code parvis.bench.drain-minutes} 3 for the outbox to empty;
 *   <li>ports: {@code parvis.bench.port-offset} 600 (WildFly HTTP 8680, management 10590),
 *       {@code parvis.bench.db.port} 55437, {@code parvis.bench.keycloak.port} 8187.
 * </ul>
 */
public final class TenantScaleBenchmark {

  private static final int TENANTS = Integer.getInteger("parvis.bench.tenants", 10_000);
  private static final int STEP = Integer.getInteger("parvis.bench.step", 1_000);
  private static final int WARMUP = Integer.getInteger("parvis.bench.warmup", 100);
  private static final int CONCURRENCY = Integer.getInteger("parvis.bench.concurrency", 4);
  private static final int SAMPLES = Integer.getInteger("parvis.bench.samples", 300);
  private static final Duration MAX_TIME =
      Duration.ofMinutes(Integer.getInteger("parvis.bench.max-minutes", 20));
  private static final int MAX_ERRORS = 20;
  private static final Duration DRAIN_TIME =
      Duration.ofMinutes(Integer.getInteger("parvis.bench.drain-minutes", 3));
  private static final boolean ORGANIZATIONS =
      Boolean.parseBoolean(System.getProperty("parvis.bench.organizations", "true"));

  private final BenchHttp http;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final List<String> rows = new ArrayList<>();
  private final Instant deadline = Instant.now().plus(MAX_TIME);

  private TenantScaleBenchmark(BenchHttp http) {
    this.http = http;
  }

  public static void main(String[] args) throws Exception {
    if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
      System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path work = root.resolve("deploy/target/bench");
    Files.createDirectories(work);
    var ports = new BenchStack.Ports(Integer.getInteger("parvis.bench.db.port", 55437),
        Integer.getInteger("parvis.bench.keycloak.port", 8187),
        Integer.getInteger("parvis.bench.port-offset", 600));
    log("Starting PostgreSQL :" + ports.dbPort() + ", Keycloak :" + ports.keycloakPort()
        + ", WildFly :" + ports.httpPort() + " (logs in " + work + ")");
    try (BenchStack stack = BenchStack.start(root, work, ports, ORGANIZATIONS)) {
      BenchHttp http = new BenchHttp(stack.httpPort(), operatorToken(stack.keycloak().admin()));
      awaitDeployment(stack, http);
      var benchmark = new TenantScaleBenchmark(http);
      String outcome = benchmark.run();
      String report = benchmark.report(outcome, postgresVersion(stack), organizations(stack));
      Files.writeString(work.resolve("results.md"), report);
      System.out.println(report);
      log("Results written to " + work.resolve("results.md"));
    }
    System.exit(0);
  }

  private String run() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    try {
      int target = Math.min(WARMUP, TENANTS);
      while (true) {
        long batchStart = System.nanoTime();
        Latencies creation = createUpTo(target, pool);
        double seconds = (System.nanoTime() - batchStart) / 1e9;
        rows.add(row(creation, seconds));
        log("%d tenants, creation p50/p95/p99 %s ms".formatted(created.get(), creation.summary()));
        if (errors.get() > MAX_ERRORS) {
          return "aborted after " + errors.get() + " failed creations";
        }
        if (Instant.now().isAfter(deadline)) {
          return "stopped at the time limit of " + MAX_TIME.toMinutes() + " minutes";
        }
        if (created.get() >= TENANTS) {
          return "completed";
        }
        target = Math.min(TENANTS, (created.get() / STEP + 1) * STEP);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Latencies createUpTo(int target, ExecutorService pool) throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicInteger next = new AtomicInteger(created.get());
    List<Runnable> workers = new ArrayList<>();
    for (int i = 0; i < CONCURRENCY; i++) {
      workers.add(() -> {
        int n;
        while ((n = next.getAndIncrement()) < target
            && errors.get() <= MAX_ERRORS && Instant.now().isBefore(deadline)) {
          var reply = http.operator("POST", "/api/operator/tenants", spec(n));
          if (reply.status() == 201) {
            latencies.record(reply.nanos());
            created.incrementAndGet();
          } else {
            errors.incrementAndGet();
            log("Creation of tenant " + n + " failed: " + reply.status() + " " + reply.body());
          }
        }
      });
    }
    var futures = workers.stream().map(pool::submit).toList();
    for (var future : futures) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return latencies;
  }

  private String row(Latencies creation, double seconds) {
    int existing = created.get();
    Latencies api = new Latencies();
    Latencies page = new Latencies();
    Latencies list = new Latencies();
    for (int i = 0; i < SAMPLES && existing > 0; i++) {
      String host = host(ThreadLocalRandom.current().nextInt(existing));
      api.record(expectOk(http.get(host, "/api/tenant", "application/json")));
      if (i % 3 == 0) {
        page.record(expectOk(http.get(host, "/", "text/html")));
      }
      if (i % 10 == 0) {
        int offset = Math.max(0, existing - 100);
        list.record(expectOk(http.operator("GET",
            "/api/operator/tenants?offset=" + offset + "&limit=100", null)));
      }
    }
    return "| %,d | %,d | %.0f | %s | %s | %s | %s |".formatted(existing, creation.count(),
        creation.count() / seconds, creation.summary(), api.summary(), page.summary(),
        list.summary());
  }

  private long expectOk(BenchHttp.Timed reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("Expected 200, got " + reply.status() + ": " + reply.body());
    }
    return reply.nanos();
  }

  private String report(String outcome, String postgres, String organizations) {
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    return """
        | Tenants | Created in batch | Tenants/s | Creation p50 / p95 / p99 (ms) | GET /api/tenant p50 / p95 / p99 (ms) | GET / (HTML) p50 / p95 / p99 (ms) | Operator list, last page of 100 p50 / p95 / p99 (ms) |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        %s

        Run %s: %,d tenants created, %d failed, concurrency %d, %d read samples per checkpoint.
        Keycloak organizations: %s.
        Machine: %d cores, %.1f GiB RAM, %s %s; Java %s; %s.
        """.formatted(String.join("\n", rows), outcome, created.get(), errors.get(), CONCURRENCY,
        SAMPLES, organizations, os.getAvailableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        os.getName(), os.getVersion(), System.getProperty("java.version"), postgres);
  }

  private static String spec(int n) {
    String slug = slug(n);
    return """
        {"slug": "%s", "kind": "COLLECTIVE", "displayName": "Collectif %d",
         "hosts": ["%s"], "defaultLocale": "fr"}""".formatted(slug, n, host(n));
  }

  private static String slug(int n) {
    return "bench-%05d".formatted(n);
  }

  private static String host(int n) {
    return slug(n) + ".localhost";
  }

  private static String operatorToken(KeycloakAdmin admin) {
    String password = Secrets.random(20);
    admin.createTestClient("parvis-bench", (int) MAX_TIME.plusMinutes(10).toSeconds());
    admin.createUser("bench-operator", password, "operator");
    return admin.token("parvis-bench", "bench-operator", password);
  }

  private static void awaitDeployment(BenchStack stack, BenchHttp http) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(until) && stack.wildflyAlive()) {
      try {
        if (http.operator("GET", "/api/operator/tenants?limit=1", null).status() == 200) {
          log("Parvis is up");
          return;
        }
      } catch (IllegalStateException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Parvis did not come up; see deploy/target/bench/wildfly.log");
  }

  private static String organizations(BenchStack stack) {
    if (!ORGANIZATIONS) {
      return "deferred (not configured in this run; every tenant waits in the outbox)";
    }
    try {
      long atEnd = pendingOrganizations(stack);
      Instant start = Instant.now();
      Instant until = start.plus(DRAIN_TIME);
      long pending = atEnd;
      while (pending > 0 && Instant.now().isBefore(until)) {
        Thread.sleep(5000);
        pending = pendingOrganizations(stack);
      }
      return ("included, created asynchronously after each tenant commits; %,d pending when the"
          + " load ended, %,d pending %d s later").formatted(atEnd, pending,
          Duration.between(start, Instant.now()).toSeconds());
    } catch (Exception e) {
      return "included (pending count unknown: " + e.getMessage() + ")";
    }
  }

  private static long pendingOrganizations(BenchStack stack) throws java.sql.SQLException {
    try (var connection = DriverManager.getConnection(stack.database().jdbcUrl(), "parvis", "");
        var rows = connection.createStatement().executeQuery(
            "select count(*) from parvis_organization_outbox")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String postgresVersion(BenchStack stack) {
    try (var connection = DriverManager.getConnection(stack.database().jdbcUrl(), "parvis", "");
        var rows = connection.createStatement().executeQuery("show server_version")) {
      rows.next();
      return "PostgreSQL " + rows.getString(1);
    } catch (Exception e) {
      return "PostgreSQL (version unknown: " + e.getMessage() + ")";
    }
  }

  private static void log(String message) {
    System.err.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), message);
  }
}
