package org.parvis.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak, started from the distribution unpacked from Maven Central (no Docker), with the
 * Parvis realm imported. Its first start includes Keycloak's build step and takes 1–2 minutes.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "parvis";
  /** Five minutes, or {@code -Dparvis.it.keycloak.start-seconds} on a loaded machine. */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("parvis.it.keycloak.start-seconds", 300));

  private final Process process;
  private final int port;
  private final String adminUser;
  private final String adminPassword;

  private KeycloakServer(Process process, int port, String adminUser, String adminPassword) {
    this.process = process;
    this.port = port;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /**
   * Starts Keycloak from {@code home} on {@code 127.0.0.1:port}.
   *
   * @param inMemory an in-memory database (tests) rather than one kept under {@code home/data}
   * @param environment extra variables, e.g. values for the realm file's placeholders
   */
  public static KeycloakServer start(
      Path home, int port, Path realmFile, boolean inMemory, Map<String, String> environment,
      Path log)
      throws IOException, InterruptedException {
    Ports.requireFree(port, "Keycloak");
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(realmFile, imports.resolve("parvis-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    Path kc = home.resolve("bin/kc.sh");
    kc.toFile().setExecutable(true);
    String adminPassword = Secrets.random(24);
    List<String> command = new ArrayList<>(List.of(
        kc.toString(), "start-dev", "--http-port=" + port, "--http-host=127.0.0.1",
        "--import-realm", "--db=" + (inMemory ? "dev-mem" : "dev-file"),
        "--log-level=INFO"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    Process process = builder.start();
    KeycloakServer server = new KeycloakServer(process, port, "bootstrap-admin", adminPassword);
    server.awaitReady(log);
    return server;
  }

  private void awaitReady(Path log) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + "; see " + log);
      }
      try {
        var response = http.send(HttpRequest.newBuilder(discovery).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    close();
    throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + "; see " + log);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  public KeycloakAdmin admin() {
    return new KeycloakAdmin(baseUrl(), adminUser, adminPassword);
  }

  public String adminUser() {
    return adminUser;
  }

  public String adminPassword() {
    return adminPassword;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
