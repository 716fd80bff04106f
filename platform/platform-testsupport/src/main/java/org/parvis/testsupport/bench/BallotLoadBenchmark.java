package org.parvis.testsupport.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parvis.testsupport.KeycloakAdmin;
import org.parvis.testsupport.Secrets;

/**
 * Voting-day load: ballots per second through the whole stack (HTTP, bearer-token check,
 * residency check, ballot rules, PostgreSQL) of a private, loopback-only Parvis, driven by
 * {@code wrk}, side by side with {@code pgbench}'s raw insert rate of rows of the same shape into
 * the same PostgreSQL. A benchmark, not a test: it asserts nothing about speed; it does check that
 * every ballot acknowledged with 201 is stored, and prints a Markdown table for
 * {@code docs/benchmarks.md}.
 *
 * <p>Every measured request is a new ballot (an insert): voter {@code v} votes once in each of
 * several editions, all in their vote phase, so a pass of {@code E} editions offers
 * {@code E × voters} distinct ballots.
 *
 * <p>Run by {@code deploy/bin/bench-ballots}. Settings (system properties) and defaults:
 *
 * <ul>
 *   <li>{@code parvis.bench.voters} 2000 verified residents, each with their own token;
 *   <li>{@code parvis.bench.connections} "8,32" (one measured pass each), {@code
 *       parvis.bench.seconds} 30 per pass, {@code parvis.bench.warmup-seconds} 150 (at 8
 *       connections, unmeasured but checked), {@code parvis.bench.editions-per-pass} 15, {@code
 *       parvis.bench.threads} 2 (wrk and pgbench);
 *   <li>ports: {@code parvis.bench.port-offset} 700 (WildFly HTTP 8780, management 10690),
 *       {@code parvis.bench.db.port} 55439, {@code parvis.bench.keycloak.port} 8189.
 * </ul>
 */
public final class BallotLoadBenchmark {

  private static final int VOTERS = Integer.getInteger("parvis.bench.voters", 2000);
  private static final List<Integer> CONNECTIONS = Stream.of(
          System.getProperty("parvis.bench.connections", "8,32").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  private static final int SECONDS = Integer.getInteger("parvis.bench.seconds", 30);
  private static final int WARMUP_SECONDS =
      Integer.getInteger("parvis.bench.warmup-seconds", 150);
  private static final int EDITIONS_PER_PASS =
      Integer.getInteger("parvis.bench.editions-per-pass", 15);
  private static final int THREADS = Integer.getInteger("parvis.bench.threads", 2);
  private static final boolean KEEP_ALIVE =
      Boolean.parseBoolean(System.getProperty("parvis.bench.keep-alive", "true"));
  private static final int SETUP_CONCURRENCY = 6;
  private static final long ENVELOPE = 50_000;
  private static final long[] COSTS = {30_000, 20_000, 25_000};

  private final BenchStack stack;
  private final Path root;
  private final Path work;
  private final TenantClient admin;
  private final String tenantId;
  private final List<String> voterTokens;

  private BallotLoadBenchmark(BenchStack stack, Path root, Path work, TenantClient admin,
      String tenantId, List<String> voterTokens) {
    this.stack = stack;
    this.root = root;
    this.work = work;
    this.admin = admin;
    this.tenantId = tenantId;
    this.voterTokens = voterTokens;
  }

  /** An edition in its vote phase: one city envelope of three projects. */
  private record Edition(String id, String envelope, List<String> projects) {}

  /** What one wrk or pgbench pass measured. */
  private record Pass(int connections, double perSecond, double p50, double p90, double p99,
      double max, long count, double appCpuMillis, double dbCpuMillis, double dbTransactions,
      String note) {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
      System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path work = root.resolve("deploy/target/bench-ballots");
    Files.createDirectories(work);
    requireTool("wrk", "apt-get install -y wrk");
    requireTool("pgbench", "apt-get install -y postgresql-client");
    var ports = new BenchStack.Ports(Integer.getInteger("parvis.bench.db.port", 55439),
        Integer.getInteger("parvis.bench.keycloak.port", 8189),
        Integer.getInteger("parvis.bench.port-offset", 700));
    log("Starting PostgreSQL :" + ports.dbPort() + ", Keycloak :" + ports.keycloakPort()
        + ", WildFly :" + ports.httpPort() + " (logs in " + work + ")");
    try (BenchStack stack = BenchStack.start(root, work, ports, false)) {
      KeycloakAdmin keycloak = stack.keycloak().admin();
      // A throw-away realm: cheap password hashes so that thousands of voters sign in quickly,
      // and tokens that outlive the run.
      keycloak.updateRealm(Json.createObjectBuilder()
          .add("passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)")
          .add("accessTokenLifespan", 7200)
          .add("ssoSessionIdleTimeout", 7200)
          .add("ssoSessionMaxLifespan", 7200)
          .build());
      keycloak.createTestClient("parvis-bench", 7200);
      String password = Secrets.random(20);
      String operatorSubject = keycloak.createUser("bench-operator", password, "operator");
      String adminSubject = keycloak.createUser("bench-admin", password);
      var operator = new TenantClient(stack.httpPort(), "localhost",
          keycloak.token("parvis-bench", "bench-operator", password));
      awaitDeployment(stack, operator);
      String slug = "vote-" + Secrets.random(6).toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z0-9]", "x");
      String host = slug + ".localhost";
      expect(201, operator.send("POST", "/api/operator/tenants", """
          {"slug": "%s", "kind": "COMMUNE", "displayName": "Commune %s", "inseeCode": "38185",
           "population": 160000, "hosts": ["%s"], "defaultLocale": "fr"}""".formatted(slug, slug,
          host), "application/json"));
      operator.send("PUT", "/api/operator/tenants/" + slug + "/members/" + operatorSubject,
          "{\"roles\": []}", "application/json");
      expect(200, operator.send("PUT", "/api/operator/tenants/" + slug + "/members/" + adminSubject,
          "{\"roles\": [\"ADMIN\", \"STAFF\"]}", "application/json"));
      var admin = new TenantClient(stack.httpPort(), host,
          keycloak.token("parvis-bench", "bench-admin", password));
      expect(200, admin.send("PUT", "/api/admin/modules/budget/enabled", "{}",
          "application/json"));
      expect(200, admin.send("PUT", "/api/admin/residency", "{\"methods\": [\"CENSUS\"]}",
          "application/json"));
      List<String> tokens = voters(keycloak, admin, host, stack.httpPort());
      String tenantId;
      try (Connection db = connect(stack)) {
        tenantId = single(db, "select id::text from parvis_tenant where slug = '" + slug + "'");
      }
      var benchmark = new BallotLoadBenchmark(stack, root, work, admin, tenantId, tokens);
      String report = benchmark.run(host);
      Files.writeString(work.resolve("results.md"), report);
      System.out.println(report);
      log("Results written to " + work.resolve("results.md"));
    }
    System.exit(0);
  }

  private String run(String host) throws Exception {
    int needed = EDITIONS_PER_PASS * (1 + CONNECTIONS.size());
    log("Creating " + needed + " editions in their vote phase");
    List<Edition> editions = new ArrayList<>();
    for (int i = 0; i < needed; i++) {
      editions.add(edition(i));
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    log("Warm-up: %d s at 8 connections (load average %.2f)".formatted(WARMUP_SECONDS, load));
    List<String> checks = new ArrayList<>();
    checks.add(wrk("warm-up", 8, WARMUP_SECONDS, editions.subList(0, EDITIONS_PER_PASS), host)
        .note());
    List<Pass> parvis = new ArrayList<>();
    for (int p = 0; p < CONNECTIONS.size(); p++) {
      int connections = CONNECTIONS.get(p);
      var pass = wrk("c" + connections, connections, SECONDS,
          editions.subList((1 + p) * EDITIONS_PER_PASS, (2 + p) * EDITIONS_PER_PASS), host);
      parvis.add(pass);
      checks.add(pass.note());
      log("Parvis, %d connections: %.0f ballots/s, p50/p90/p99 %.1f / %.1f / %.1f ms — %s"
          .formatted(connections, pass.perSecond(), pass.p50(), pass.p90(), pass.p99(),
              pass.note()));
    }
    Edition shape = editions.get(0);
    prepareScratchTable();
    List<Pass> raw = new ArrayList<>();
    for (int connections : CONNECTIONS) {
      var pass = pgbench(connections, shape);
      raw.add(pass);
      log("pgbench, %d connections: %.0f inserts/s, p50/p90/p99 %.1f / %.1f / %.1f ms"
          .formatted(connections, pass.perSecond(), pass.p50(), pass.p90(), pass.p99()));
    }
    return report(parvis, raw, checks, load);
  }

  // ---------------------------------------------------------------- setup

  private static List<String> voters(KeycloakAdmin keycloak, TenantClient admin, String host,
      int port) throws Exception {
    Instant start = Instant.now();
    String password = Secrets.random(20);
    for (int from = 0; from < VOTERS; from += 500) {
      JsonArrayBuilder users = Json.createArrayBuilder();
      for (int v = from; v < Math.min(VOTERS, from + 500); v++) {
        users.add(Json.createObjectBuilder()
            .add("username", "votant-" + v)
            .add("email", "votant-" + v + "@example.org")
            .add("emailVerified", true)
            .add("firstName", "Camille")
            .add("lastName", lastName(v))
            .add("enabled", true)
            .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", false))));
      }
      keycloak.importUsers(users.build());
    }
    log("%d voters imported into Keycloak in %d s".formatted(VOTERS,
        Duration.between(start, Instant.now()).toSeconds()));
    String census = "nom;prénoms;date de naissance\n" + IntStream.range(0, VOTERS)
        .mapToObj(v -> lastName(v) + ";Camille;1980-01-01")
        .collect(Collectors.joining("\n"));
    expect(200, admin.send("POST", "/api/admin/residency/census", census, "text/csv"), 201);
    var signIn = new Latencies();
    var verification = new Latencies();
    List<String> tokens = parallel(VOTERS, v -> {
      long t0 = System.nanoTime();
      String token = keycloak.token("parvis-bench", "votant-" + v, password);
      long t1 = System.nanoTime();
      signIn.record(t1 - t0);
      var voter = new TenantClient(port, host, token);
      var verified = voter.send("POST", "/api/me/verification/census", "{\"lastName\": \""
          + lastName(v) + "\", \"firstNames\": \"Camille\", \"birthDate\": \"1980-01-01\"}",
          "application/json");
      verification.record(System.nanoTime() - t1);
      expect(200, verified, 201);
      return token;
    });
    log(("%d voters signed in and verified as residents in %d s (sign-in p50/p95/p99 %s ms,"
        + " verification %s ms)").formatted(VOTERS,
        Duration.between(start, Instant.now()).toSeconds(), signIn.summary(),
        verification.summary()));
    return tokens;
  }

  /** A census surname made of letters only, distinct for each voter: VOTANTAAAA, VOTANTAAAB… */
  private static String lastName(int v) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      letters.insert(0, (char) ('A' + v % 26));
      v /= 26;
    }
    return "VOTANT" + letters;
  }

  private Edition edition(int n) {
    String calendar = calendar(0);
    var created = json(expect(201, admin.send("POST", "/api/budget/editions",
        ("{\"title\": \"Budget participatif %d\", \"allocationRule\": \"greedy\","
            + " \"ballot\": {\"kind\": \"KNAPSACK\"}, \"calendar\": ").formatted(2027 + n)
            + calendar
            + ", \"envelopes\": [{\"name\": \"Ville\", \"amount\": " + ENVELOPE
            + ", \"district\": false}]}", "application/json")));
    String id = created.getString("id");
    String envelope = created.getJsonArray("envelopes").getJsonObject(0).getString("id");
    String base = "/api/budget/editions/" + id;
    List<String> ideas = new ArrayList<>();
    for (int i = 0; i < COSTS.length; i++) {
      ideas.add(json(expect(201, admin.send("POST", base + "/ideas",
          ("{\"envelopeId\": \"%s\", \"title\": \"Projet %d\", \"description\": \"Une idée pour"
              + " le quartier\", \"category\": \"cadre de vie\", \"latitude\": 45.19,"
              + " \"longitude\": 5.72, \"estimatedCost\": %d}").formatted(envelope, i, COSTS[i]),
          "application/json"))).getString("id"));
    }
    expect(200, admin.send("PUT", base + "/calendar", calendar(1), "application/json"));
    for (int i = 0; i < COSTS.length; i++) {
      expect(200, admin.send("POST", "/api/budget/ideas/" + ideas.get(i) + "/review",
          "{\"feasible\": true, \"reason\": \"Réalisable\", \"finalCost\": " + COSTS[i] + "}",
          "application/json"), 201);
    }
    var moved = json(expect(200, admin.send("PUT", base + "/calendar", calendar(2),
        "application/json")));
    if (!"VOTE".equals(moved.getString("phase"))) {
      throw new IllegalStateException("Edition not in its vote phase: " + moved);
    }
    return new Edition(id, envelope, ideas);
  }

  /** The calendar whose phase {@code openedPhase} (0 submission, 1 review, 2 vote) is open. */
  private static String calendar(int openedPhase) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant[] dates = new Instant[5];
    for (int i = 0; i < 5; i++) {
      int days = i <= openedPhase ? -(openedPhase - i + 1) : i - openedPhase;
      dates[i] = now.plus(days, ChronoUnit.DAYS);
    }
    return "{\"submissionOpens\": \"" + dates[0] + "\", \"reviewOpens\": \"" + dates[1]
        + "\", \"voteOpens\": \"" + dates[2] + "\", \"voteCloses\": \"" + dates[3]
        + "\", \"implementationOpens\": \"" + dates[4] + "\"}";
  }

  /** A valid ballot of voter {@code v}: one of three choices that fit the envelope. */
  private static String ballot(Edition edition, int v) {
    List<String> p = edition.projects();
    List<String> chosen = switch (v % 3) {
      case 0 -> List.of(p.get(0), p.get(1));
      case 1 -> List.of(p.get(1), p.get(2));
      default -> List.of(p.get(2));
    };
    return "{\"envelope\": \"" + edition.envelope() + "\", \"projects\": [\""
        + String.join("\", \"", chosen) + "\"]}";
  }

  // ---------------------------------------------------------------- wrk

  private Pass wrk(String name, int connections, int seconds, List<Edition> editions,
      String host) throws Exception {
    Path requests = work.resolve("requests-" + name + ".tsv");
    List<String> lines = new ArrayList<>(editions.size() * VOTERS);
    for (Edition edition : editions) {
      for (int v = 0; v < VOTERS; v++) {
        lines.add(voterTokens.get(v) + "\t/api/budget/editions/" + edition.id() + "/ballots\t"
            + name + "-" + edition.id().substring(0, 8) + "-" + v + "\t" + ballot(edition, v));
      }
    }
    Files.write(requests, lines);
    Path acks = work.resolve("acks-" + name + "-");
    Path result = work.resolve("wrk-" + name + ".txt");
    var builder = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + connections,
        "-d" + seconds + "s", "--timeout", "10s", "--latency",
        "-s", root.resolve("deploy/bench/ballots.lua").toString(),
        "http://127.0.0.1:" + stack.httpPort() + "/")
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("wrk-" + name + ".log").toFile());
    builder.environment().putAll(Map.of("BALLOT_REQUESTS", requests.toString(),
        "BALLOT_HOST", host + ":" + stack.httpPort(), "BALLOT_THREADS", Integer.toString(THREADS),
        "BALLOT_ACKS", acks.toString(), "BALLOT_RESULT", result.toString(),
        "BALLOT_CONNECTION", KEEP_ALIVE ? "keep-alive" : "close"));
    long transactions = committedTransactions();
    long app = CpuTime.ofTree(stack.wildflyPid());
    long db = CpuTime.ofTree(postmaster());
    int exit = builder.start().waitFor();
    app = CpuTime.ofTree(stack.wildflyPid()) - app;
    db = CpuTime.ofTree(postmaster()) - db;
    transactions = committedTransactionsOnceFlushed() - transactions;
    if (exit != 0 || !Files.exists(result)) {
      throw new IllegalStateException("wrk failed (" + exit + "); see "
          + work.resolve("wrk-" + name + ".log"));
    }
    Map<String, Long> r = new HashMap<>();
    for (String line : Files.readAllLines(result)) {
      String[] kv = line.split("=");
      r.put(kv[0], Long.parseLong(kv[1].trim()));
    }
    Set<String> acked = new LinkedHashSet<>();
    for (int t = 0; t < THREADS; t++) {
      Path file = Path.of(acks + Integer.toString(t));
      if (Files.exists(file)) {
        Files.readAllLines(file).stream().filter(s -> !s.isBlank()).forEach(acked::add);
      }
    }
    String note = verify(name, editions, acked, r);
    double perSecond = r.get("created") / (r.get("duration_us") / 1e6);
    return new Pass(connections, perSecond, r.get("p50_us") / 1e3, r.get("p90_us") / 1e3,
        r.get("p99_us") / 1e3, r.get("max_us") / 1e3, r.get("created"),
        app / 1e6 / r.get("completed"), db / 1e6 / r.get("completed"),
        (double) transactions / r.get("completed"), note);
  }

  /** Checks that every ballot acknowledged with 201 is stored; describes the outcome. */
  private String verify(String name, List<Edition> editions, Set<String> acked,
      Map<String, Long> r) throws SQLException {
    String ids = acked.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    String editionIds = editions.stream().map(e -> "'" + e.id() + "'")
        .collect(Collectors.joining(","));
    long present;
    long stored;
    try (Connection db = connect(stack)) {
      db.setAutoCommit(false);
      db.createStatement().execute("set local parvis.tenant_id = '" + tenantId + "'");
      present = acked.isEmpty() ? 0 : Long.parseLong(single(db,
          "select count(*) from budget_ballot where id in (" + ids + ")"));
      stored = Long.parseLong(single(db,
          "select count(*) from budget_ballot where edition_id in (" + editionIds + ")"));
      db.rollback();
    }
    long errors = r.get("connect_errors") + r.get("read_errors") + r.get("write_errors")
        + r.get("timeouts");
    String note = ("%s: %,d acknowledged (201), %,d of them stored, %,d ballots stored in its"
        + " editions; %,d replays (200), %,d other statuses, %,d socket errors/timeouts")
        .formatted(name, r.get("created"), present, stored, r.get("replayed"), r.get("other"),
            errors);
    if (acked.size() != r.get("created") || present != acked.size()) {
      note += " — MISSING ACKNOWLEDGED BALLOTS";
    }
    log(note);
    return note;
  }

  // ---------------------------------------------------------------- pgbench

  /**
   * A scratch table like {@code budget_ballot}: same columns, primary key, unique constraint,
   * envelope index, foreign keys and row-level security.
   */
  private void prepareScratchTable() throws SQLException {
    try (Connection db = connect(stack)) {
      var sql = db.createStatement();
      sql.execute("drop table if exists bench_ballot");
      sql.execute("create table bench_ballot (like budget_ballot including all)");
      sql.execute("alter table bench_ballot"
          + " add foreign key (tenant_id) references parvis_tenant (id) on delete cascade,"
          + " add foreign key (edition_id) references budget_edition (id) on delete cascade,"
          + " add foreign key (envelope_id) references budget_envelope (id) on delete cascade");
      sql.execute("select parvis_isolate_tenant_rows('bench_ballot')");
    }
  }

  private Pass pgbench(int connections, Edition shape) throws Exception {
    String choices;
    try (Connection db = connect(stack)) {
      db.setAutoCommit(false);
      db.createStatement().execute("set local parvis.tenant_id = '" + tenantId + "'");
      choices = single(db, "select choices from budget_ballot where edition_id = '"
          + shape.id() + "' limit 1");
      db.rollback();
    }
    Path script = work.resolve("insert-ballot.sql");
    Files.writeString(script, """
        BEGIN;
        SELECT set_config('parvis.tenant_id', '%1$s', true);
        INSERT INTO bench_ballot (id, tenant_id, edition_id, envelope_id, voter_key, scope, channel, choices, total_cost, cast_at, updated_at) VALUES (gen_random_uuid(), '%1$s', '%2$s', '%3$s', 'resident:' || gen_random_uuid(), 'city', 'ONLINE', '%4$s', 50000, now(), now());
        END;
        """.formatted(tenantId, shape.id(), shape.envelope(), choices.replace("'", "''")));
    Path logs = work.resolve("pgbench-c" + connections);
    Files.createDirectories(logs);
    try (Stream<Path> old = Files.list(logs)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    var builder = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1",
        "-p", Integer.toString(stack.database().port()), "-U", "parvis",
        "-c", Integer.toString(connections), "-j", Integer.toString(THREADS),
        "-T", Integer.toString(SECONDS), "-f", script.toString(), "-l",
        "--log-prefix=" + logs.resolve("tx"), "parvis")
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("pgbench-c" + connections + ".log").toFile());
    long transactions = committedTransactions();
    long db = CpuTime.ofTree(postmaster());
    int exit = builder.start().waitFor();
    db = CpuTime.ofTree(postmaster()) - db;
    transactions = committedTransactionsOnceFlushed() - transactions;
    String output = Files.readString(work.resolve("pgbench-c" + connections + ".log"));
    if (exit != 0) {
      throw new IllegalStateException("pgbench failed (" + exit + "): " + output);
    }
    var tps = java.util.regex.Pattern.compile("tps = ([0-9.]+) \\(without initial")
        .matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("No tps in pgbench output: " + output);
    }
    Latencies latencies = new Latencies();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        for (String line : Files.readAllLines(file)) {
          String[] fields = line.split(" ");
          latencies.record(Long.parseLong(fields[2]) * 1000);
        }
      }
    }
    var processed = java.util.regex.Pattern.compile("transactions actually processed: (\\d+)")
        .matcher(output);
    long count = processed.find() ? Long.parseLong(processed.group(1)) : latencies.count();
    return new Pass(connections, Double.parseDouble(tps.group(1)),
        latencies.percentileMillis(50), latencies.percentileMillis(90),
        latencies.percentileMillis(99), latencies.percentileMillis(100), count, 0,
        db / 1e6 / count, (double) transactions / count, "");
  }

  // ---------------------------------------------------------------- report

  private String report(List<Pass> parvis, List<Pass> raw, List<String> checks, double load)
      throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < parvis.size(); i++) {
      Pass p = parvis.get(i);
      Pass g = raw.get(i);
      rows.add(("| %d | %,.0f | %.1f / %.1f / %.1f | %.1f | %.2f + %.2f | %.1f | %,.0f"
          + " | %.1f / %.1f / %.1f | %.2f | %.1f | %.0f %% |").formatted(p.connections(), p.perSecond(),
              p.p50(), p.p90(), p.p99(), p.max(), p.appCpuMillis(), p.dbCpuMillis(),
              p.dbTransactions(), g.perSecond(), g.p50(), g.p90(), g.p99(), g.dbCpuMillis(),
              g.dbTransactions(), 100 * p.perSecond() / g.perSecond()));
    }
    double loadAfter = os.getSystemLoadAverage();
    return """
        | Connections | Parvis ballots/s (new ballots, HTTP → PostgreSQL) | Parvis p50 / p90 / p99 (ms) | Parvis max (ms) | CPU ms per ballot: WildFly + PostgreSQL | PostgreSQL transactions per ballot | pgbench inserts/s (same row shape, same database) | pgbench p50 / p90 / p99 (ms) | CPU ms per insert: PostgreSQL | PostgreSQL transactions per insert | Parvis / pgbench |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        %s

        %d voters, each with their own token; every request a new ballot (%d editions of %,d
        voters per pass), %d s per pass, wrk and pgbench with %d threads, after a %d s warm-up at
        8 connections. CPU per ballot: all processes of WildFly, and of PostgreSQL, during the
        pass, divided by the requests completed; transactions: PostgreSQL's committed and
        rolled-back transactions (pg_stat_database) over the pass, divided the same way.
        Checks after each pass:
        %s
        Machine: %d cores, %.1f GiB RAM, %s %s; Java %s; %s; %s. Load average (1 min) %.2f before
        the warm-up, %.2f at the end.
        """.formatted(String.join("\n", rows), VOTERS, EDITIONS_PER_PASS, VOTERS, SECONDS,
        THREADS, WARMUP_SECONDS,
        checks.stream().map(c -> "- " + c).collect(Collectors.joining("\n")),
        os.getAvailableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        os.getName(), os.getVersion(), System.getProperty("java.version"),
        "PostgreSQL " + single(stack, "show server_version"), firstLine("wrk", "-v"), load,
        loadAfter);
  }

  // ---------------------------------------------------------------- helpers

  private long committedTransactions() throws SQLException {
    return Long.parseLong(single(stack, "select xact_commit + xact_rollback from pg_stat_database"
        + " where datname = current_database()"));
  }

  /** Backends publish their statistics at most every 10 s when idle (PGSTAT_IDLE_INTERVAL). */
  private long committedTransactionsOnceFlushed() throws SQLException, InterruptedException {
    Thread.sleep(11_000);
    return committedTransactions();
  }

  private long postmaster() throws IOException {
    return Long.parseLong(Files.readAllLines(work.resolve("pgdata/postmaster.pid")).get(0).trim());
  }

  private static Connection connect(BenchStack stack) throws SQLException {
    return DriverManager.getConnection(stack.database().jdbcUrl(), "parvis", "");
  }

  private static String single(BenchStack stack, String query) throws SQLException {
    try (Connection db = connect(stack)) {
      return single(db, query);
    }
  }

  private static String single(Connection db, String query) throws SQLException {
    try (var rows = db.createStatement().executeQuery(query)) {
      if (!rows.next()) {
        throw new IllegalStateException("No row for " + query);
      }
      return rows.getString(1);
    }
  }

  private static String firstLine(String... command) {
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes());
      process.waitFor();
      String line = out.lines().findFirst().orElse("");
      return line.replaceAll(" Copyright.*", "");
    } catch (IOException | InterruptedException e) {
      return command[0];
    }
  }

  private static <T> List<T> parallel(int count, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_CONCURRENCY);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(pool.submit(() -> task.apply(n)));
      }
      List<T> results = new ArrayList<>();
      for (var future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String expect(int status, TenantClient.Reply reply, int... alternatives) {
    if (reply.status() == status || IntStream.of(alternatives).anyMatch(s -> s == reply.status())) {
      return reply.body();
    }
    throw new IllegalStateException("Expected " + status + ", got " + reply.status() + ": "
        + reply.body());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static void requireTool(String tool, String install) {
    try {
      new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      throw new IllegalStateException(tool + " is required: " + install);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitDeployment(BenchStack stack, TenantClient operator) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(until) && stack.wildflyAlive()) {
      try {
        if (operator.send("GET", "/api/operator/tenants?limit=1", null, null).status() == 200) {
          log("Parvis is up");
          return;
        }
      } catch (IllegalStateException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Parvis did not come up; see wildfly.log");
  }

  private static void log(String message) {
    System.err.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), message);
  }
}
