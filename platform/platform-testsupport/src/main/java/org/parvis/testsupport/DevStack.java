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
import java.util.List;
import java.util.Map;

/**
 * The demo run: PostgreSQL, Keycloak and WildFly with the demo tenants, all on loopback, kept in
 * {@code deploy/target/demo}. Started by {@code deploy/bin/start}; Ctrl+C stops everything.
 */
public final class DevStack {

  private static final int HTTP_PORT = Integer.getInteger("parvis.demo.http.port", 8080);
  private static final int DB_PORT = Integer.getInteger("parvis.demo.db.port", 55432);
  private static final int KEYCLOAK_PORT = Integer.getInteger("parvis.demo.keycloak.port", 8180);
  private static final int SMTP_PORT = Integer.getInteger("parvis.demo.smtp.port", 2525);

  private DevStack() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path deploy = root.resolve("deploy/target");
    Path work = deploy.resolve("demo");
    Files.createDirectories(work);
    Path keycloakHome =
        deploy.resolve("keycloak/keycloak-" + System.getProperty("parvis.keycloak.version", "26.7.3"));
    Path passwordFile = work.resolve("demo-password.txt");
    Path clientSecretFile = work.resolve("keycloak-client-secret.txt");
    if (!Files.exists(passwordFile) || !Files.exists(clientSecretFile)) {
      // New demo secrets: Keycloak's own data must not keep users or clients with older ones.
      deleteRecursively(keycloakHome.resolve("data/h2"));
    }
    String password = demoSecret(passwordFile, 16);
    String clientSecret = demoSecret(clientSecretFile, 32);
    String identityKey = demoSecret(work.resolve("identity-key.txt"), 48);

    System.out.println("Starting PostgreSQL on 127.0.0.1:" + DB_PORT + " …");
    EmbeddedDatabase database = EmbeddedDatabase.start(DB_PORT, work.resolve("pgdata"), false);
    System.out.println("Starting Keycloak on 127.0.0.1:" + KEYCLOAK_PORT
        + " (the first start builds Keycloak: 1–2 minutes) …");
    KeycloakServer keycloak = KeycloakServer.start(keycloakHome, KEYCLOAK_PORT,
        root.resolve("deploy/keycloak/parvis-realm.json"), false,
        Map.of("PARVIS_DEMO_PASSWORD", password, "PARVIS_KEYCLOAK_CLIENT_SECRET", clientSecret),
        work.resolve("keycloak.log"));

    System.out.println("Starting a demo mail server on 127.0.0.1:" + SMTP_PORT
        + " (sent mail is kept in " + work.resolve("mail") + ") …");
    DemoMailbox mailbox = DemoMailbox.start(SMTP_PORT, work.resolve("mail"));
    System.out.println("Starting WildFly on 127.0.0.1:" + HTTP_PORT + " …");
    Process wildfly = startWildFly(root, deploy, database, work, identityKey, clientSecret);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      wildfly.descendants().forEach(ProcessHandle::destroy);
      wildfly.destroy();
      keycloak.close();
      mailbox.close();
      try {
        database.close();
      } catch (IOException ignored) {
        // exiting
      }
    }));
    awaitPortal(wildfly, work);
    printWelcome(password);
    System.exit(wildfly.waitFor());
  }

  private static Process startWildFly(
      Path root, Path deploy, EmbeddedDatabase db, Path work, String identityKey,
      String clientSecret)
      throws IOException {
    Path server = deploy.resolve("server");
    Files.copy(deploy.resolve("parvis.war"),
        server.resolve("standalone/deployments/parvis.war"), StandardCopyOption.REPLACE_EXISTING);
    var builder = new ProcessBuilder(List.of(
            server.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1",
            "-Djboss.http.port=" + HTTP_PORT))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("wildfly.log").toFile()));
    builder.environment().put("PARVIS_DB_URL", db.jdbcUrl());
    builder.environment().put("PARVIS_OIDC_PROVIDER_URL",
        "http://localhost:" + KEYCLOAK_PORT + "/realms/" + KeycloakServer.REALM);
    builder.environment().put("PARVIS_TENANTS_DIR", root.resolve("tenants").toString());
    builder.environment().put("PARVIS_IDENTITY_KEY", identityKey);
    builder.environment().put("PARVIS_KEYCLOAK_CLIENT_SECRET", clientSecret);
    builder.environment().put("PARVIS_SMTP_HOST", "127.0.0.1");
    builder.environment().put("PARVIS_SMTP_PORT", String.valueOf(SMTP_PORT));
    return builder.start();
  }

  private static void awaitPortal(Process wildfly, Path work) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
      try {
        var reply = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/tenant"))
            .header("Host", "grenoble.localhost").build(), HttpResponse.BodyHandlers.discarding());
        if (reply.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("The portal did not come up; see " + work.resolve("wildfly.log"));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A random secret kept in {@code file}, so that it survives demo restarts. */
  private static String demoSecret(Path file, int length) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).trim();
    }
    String secret = Secrets.random(length);
    Files.writeString(file, secret);
    return secret;
  }

  private static void printWelcome(String password) {
    String url = "http://%s:" + HTTP_PORT + "/";
    System.out.println("""

        Parvis is running.
          Grenoble (commune)          %s
          Collectif Lumière           %s
          Assemblée citoyenne         %s
          Operator console            %s
          Keycloak                    http://localhost:%d/

        Demo logins (password for all: %s)
          operator        — instance operator
          admin.grenoble  — administrator of Grenoble
          citoyen         — citizen of Grenoble and of Collectif Lumière
          In Grenoble, "Ma résidence" verifies citoyen against the demo census as
          Camille Citoyenne, born 1990-05-12 (tenants/grenoble-census.csv); emails
          the platform sends are printed here and kept in deploy/target/demo/mail.
          Demo residents (tenants/*.json, "demo"): lea.fontaine, karim.benali,
          sophie.garnier, mathis.roux, aicha.diallo, julien.chevalier, manon.perrin,
          hugo.lambert (verified in Grenoble, council members, voters), elise.morel,
          thomas.girard (not verified); Lumière's circles hold some of them and citoyen.

        Ctrl+C stops everything.
        """.formatted(url.formatted("grenoble.localhost"), url.formatted("lumiere.localhost"),
        url.formatted("assemblee-occitanie.localhost"), url.formatted("localhost"),
        KEYCLOAK_PORT, password));
  }
}
