package org.parvis.testsupport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parvis.testsupport.EmbeddedDatabase;
import org.parvis.testsupport.KeycloakServer;
import org.parvis.testsupport.Secrets;

/**
 * A throw-away Parvis for the benchmark, on its own loopback ports so that it runs beside a demo
 * or an integration-test build: a fresh PostgreSQL, an in-memory Keycloak, and a private copy of
 * the provisioned WildFly under {@code work} (so that a build may re-provision meanwhile).
 */
final class BenchStack implements AutoCloseable {

  private final EmbeddedDatabase database;
  private final KeycloakServer keycloak;
  private final Process wildfly;
  private final int httpPort;

  private BenchStack(EmbeddedDatabase database, KeycloakServer keycloak, Process wildfly,
      int httpPort) {
    this.database = database;
    this.keycloak = keycloak;
    this.wildfly = wildfly;
    this.httpPort = httpPort;
  }

  /** Ports of the stack; WildFly's are its defaults shifted by {@code portOffset}. */
  record Ports(int dbPort, int keycloakPort, int portOffset) {
    int httpPort() {
      return 8080 + portOffset;
    }

    int managementPort() {
      return 9990 + portOffset;
    }
  }

  /**
   * Starts the stack.
   *
   * @param organizations whether WildFly gets the Keycloak client secret, and so mirrors each new
   *     tenant as a Keycloak organization (after the tenant's transaction commits)
   */
  static BenchStack start(Path root, Path work, Ports ports, boolean organizations)
      throws Exception {
    Path target = root.resolve("deploy/target");
    requireFree(ports.httpPort(), "WildFly HTTP");
    requireFree(ports.managementPort(), "WildFly management");
    String clientSecret = Secrets.random(32);
    EmbeddedDatabase database = EmbeddedDatabase.start(ports.dbPort(), work.resolve("pgdata"), true);
    KeycloakServer keycloak;
    try {
      keycloak = KeycloakServer.start(keycloakHome(target), ports.keycloakPort(),
          root.resolve("deploy/keycloak/parvis-realm.json"), true,
          Map.of("PARVIS_DEMO_PASSWORD", Secrets.random(20),
              "PARVIS_KEYCLOAK_CLIENT_SECRET", clientSecret),
          work.resolve("keycloak.log"));
    } catch (Exception e) {
      database.close();
      throw e;
    }
    Process wildfly = startWildFly(target, work, database, keycloak, ports,
        organizations ? clientSecret : null);
    return new BenchStack(database, keycloak, wildfly, ports.httpPort());
  }

  private static Path keycloakHome(Path target) throws IOException {
    try (Stream<Path> homes = Files.list(target.resolve("keycloak"))) {
      return homes.filter(p -> p.getFileName().toString().startsWith("keycloak-"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No Keycloak under " + target
              + "/keycloak; build with mvn -DskipTests package first"));
    }
  }

  private static Process startWildFly(Path target, Path work, EmbeddedDatabase db,
      KeycloakServer keycloak, Ports ports, String clientSecret) throws IOException {
    Path server = work.resolve("server");
    deleteTree(server);
    copyTree(target.resolve("server"), server);
    server.resolve("bin/standalone.sh").toFile().setExecutable(true);
    Files.copy(target.resolve("parvis.war"), server.resolve("standalone/deployments/parvis.war"),
        StandardCopyOption.REPLACE_EXISTING);
    var builder = new ProcessBuilder(List.of(
            server.resolve("bin/standalone.sh").toString(),
            "-b", "127.0.0.1",
            "-Djboss.bind.address.management=127.0.0.1",
            "-Djboss.socket.binding.port-offset=" + ports.portOffset(),
            "-Dparvis.db.url=" + db.jdbcUrl(),
            "-Dparvis.oidc.provider-url=" + keycloak.issuer(),
            "-Dparvis.platform.hosts=localhost,127.0.0.1"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(work.resolve("wildfly.log").toFile()));
    builder.environment().remove("PARVIS_KEYCLOAK_CLIENT_SECRET");
    // The server's JVM options (heap, a profiler): standalone.conf uses JAVA_OPTS as given instead
    // of its defaults, so the defaults it still needs are repeated here. A fixed 1 GB heap unless
    // parvis.bench.wildfly-jvm says otherwise (standalone.conf's own default is 64 MB to 512 MB).
    String jvm = System.getProperty("parvis.bench.wildfly-jvm", "-Xms1g -Xmx1g").trim();
    builder.environment().put("JAVA_OPTS", "-Djava.net.preferIPv4Stack=true"
        + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true " + jvm);
    // A throw-away identity key, so that residency verification works on the throw-away data.
    builder.environment().put("PARVIS_IDENTITY_KEY", Secrets.random(48));
    // Every simulated voter verifies from loopback: lift the per-address census limit.
    builder.environment().put("PARVIS_LIMITS_RESIDENCY_PER_ADDRESS", "1000000");
    if (clientSecret != null) {
      builder.environment().put("PARVIS_KEYCLOAK_CLIENT_SECRET", clientSecret);
    }
    return builder.start();
  }

  KeycloakServer keycloak() {
    return keycloak;
  }

  EmbeddedDatabase database() {
    return database;
  }

  int httpPort() {
    return httpPort;
  }

  /** The process id of WildFly's launcher, whose descendants include the server JVM. */
  long wildflyPid() {
    return wildfly.pid();
  }

  boolean wildflyAlive() {
    return wildfly.isAlive();
  }

  @Override
  public void close() {
    wildfly.descendants().forEach(ProcessHandle::destroy);
    wildfly.destroy();
    try {
      if (!wildfly.waitFor(30, TimeUnit.SECONDS)) {
        wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
        wildfly.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    keycloak.close();
    try {
      database.close();
    } catch (IOException ignored) {
      // exiting
    }
  }

  private static void requireFree(int port, String service) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("Port " + port + " for " + service + " is in use", e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path copy = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
