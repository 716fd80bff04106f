package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive an operator installs (docs/operations.md): unpacked as an operator would, it holds a
 * startable server with the WAR deployed, a start script that refuses an incomplete configuration,
 * an environment example naming every variable the code reads, and a realm without demo accounts.
 */
class ProductionArchiveIT {

  private static final Path ARCHIVE = Path.of(System.getProperty("parvis.production.archive"));
  private static final Path REPOSITORY = Path.of(System.getProperty("parvis.repository"));
  /** System properties that are not settings of an instance: the tests' data folder. */
  private static final Set<String> NOT_ENVIRONMENT = Set.of("parvis.shared.data");
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    assertTrue(Files.isRegularFile(ARCHIVE), "the build makes " + ARCHIVE);
    Path into = ARCHIVE.resolveSibling("production-archive-it");
    run(List.of("rm", "-rf", into.toString()), Map.of());
    Files.createDirectories(into);
    assertEquals(0, run(List.of("tar", "-xzf", ARCHIVE.toString(), "-C", into.toString()), Map.of()).code());
    try (Stream<Path> top = Files.list(into)) {
      home = top.findFirst().orElseThrow();
    }
  }

  @Test
  void itHoldsTheServerWithTheWarDeployedAndExecutableScripts() throws IOException {
    assertTrue(Files.isRegularFile(home.resolve("server/standalone/deployments/parvis.war")));
    assertTrue(Files.isRegularFile(home.resolve("server/standalone/configuration/standalone.xml")));
    for (String script : List.of("server/bin/standalone.sh", "bin/parvis-server", "bin/parvis-production-realm")) {
      assertTrue(Files.getPosixFilePermissions(home.resolve(script)).contains(PosixFilePermission.OWNER_EXECUTE),
          script + " is executable");
    }
    for (String file : List.of("etc/parvis.env.example", "etc/keycloak.env.example", "etc/haproxy.cfg.example",
        "systemd/parvis.service", "systemd/parvis-keycloak.service", "keycloak/parvis-realm.json",
        "docs/operations.md")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    String unit = Files.readString(home.resolve("systemd/parvis.service"));
    assertTrue(unit.contains("ExecStart=/opt/parvis/bin/parvis-server\n"), unit);
    assertTrue(unit.contains("ExecStartPre=/opt/parvis/bin/parvis-server --check"), unit);
  }

  @Test
  void theEnvironmentExampleNamesEveryVariableTheServerReads() throws IOException {
    Set<String> read = variablesReadByTheCode();
    assertTrue(read.containsAll(Set.of("PARVIS_DB_URL", "PARVIS_IDENTITY_KEY", "PARVIS_PUBLIC_SCHEME")), read::toString);
    String example = Files.readString(home.resolve("etc/parvis.env.example"));
    var missing = new TreeSet<String>();
    for (String name : read) {
      if (!Pattern.compile("(?m)^#?" + name + "=").matcher(example).find()) {
        missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(), () -> "not in etc/parvis.env.example: " + missing);
  }

  @Test
  void theStartScriptRefusesAnIncompleteConfigurationAndNamesWhatIsMissing() throws Exception {
    var none = run(List.of(home.resolve("bin/parvis-server").toString(), "--check"), Map.of());
    assertEquals(78, none.code(), none.output());
    assertTrue(none.output().contains("PARVIS_DB_URL") && none.output().contains("PARVIS_IDENTITY_KEY"), none.output());

    var complete = new java.util.HashMap<String, String>(Map.of("PARVIS_DB_URL", "jdbc:postgresql://db/parvis",
        "PARVIS_DB_USER", "parvis", "PARVIS_DB_PASSWORD", "x", "PARVIS_OIDC_PROVIDER_URL",
        "https://login.example.org/realms/parvis", "PARVIS_PLATFORM_HOSTS", "parvis.example.org",
        "PARVIS_KEYCLOAK_CLIENT_SECRET", "x", "PARVIS_SMTP_HOST", "127.0.0.1", "PARVIS_MAIL_FROM", "a@example.org"));
    complete.put("PARVIS_IDENTITY_KEY", "too-short");
    var shortKey = run(List.of(home.resolve("bin/parvis-server").toString(), "--check"), complete);
    assertEquals(78, shortKey.code(), shortKey.output());
    assertTrue(shortKey.output().contains("at least 32 characters"), shortKey.output());

    complete.put("PARVIS_IDENTITY_KEY", "k".repeat(48));
    complete.put("PARVIS_TENANTS_DIR", "/opt/parvis/tenants");
    var demo = run(List.of(home.resolve("bin/parvis-server").toString(), "--check"), complete);
    assertEquals(78, demo.code(), "demo descriptors are refused in production: " + demo.output());

    complete.remove("PARVIS_TENANTS_DIR");
    var ok = run(List.of(home.resolve("bin/parvis-server").toString(), "--check"), complete);
    assertEquals(0, ok.code(), ok.output());
  }

  @Test
  void theProductionRealmHasNoDemoAccount() throws Exception {
    var realm = run(List.of(home.resolve("bin/parvis-production-realm").toString()), Map.of());
    assertEquals(0, realm.code(), realm.output());
    var json = Json.createReader(new StringReader(realm.output())).readObject();
    var users = json.getJsonArray("users").stream().map(u -> u.asJsonObject().getString("username")).toList();
    assertEquals(List.of("service-account-parvis-backend"), users);
    assertFalse(realm.output().contains("PARVIS_DEMO_PASSWORD"), "no placeholder password left");
    assertEquals("parvis", json.getString("realm"));
    String demoRealm = Files.readString(home.resolve("keycloak/parvis-realm.json"));
    assertTrue(demoRealm.contains("\"citoyen\""), "the demo accounts exist in the source realm, so removing them is tested");
  }

  /** PARVIS_… variables read by the platform and modules (PlatformConfig.value, properties) and the server's CLI script. */
  private static Set<String> variablesReadByTheCode() throws IOException {
    var names = new TreeSet<String>();
    Pattern property = Pattern.compile(
        "(?:value\\(|PROPERTY = |getProperty\\()\"(parvis\\.[a-z.-]+)\"|\"(parvis\\.limits\\.[a-z-]+)\"");
    Pattern env = Pattern.compile("env\\.(PARVIS_[A-Z_]+)");
    List<Path> roots = List.of(REPOSITORY.resolve("platform/platform-core/src/main"), REPOSITORY.resolve("modules"),
        REPOSITORY.resolve("deploy/src/main/cli"));
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().contains("/src/main/") || f.startsWith(roots.get(2)))
            .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".cli")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          property.matcher(text).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2))
              .filter(name -> !NOT_ENVIRONMENT.contains(name))
              // The sortition library's solver switches, for its benchmarks and the re-check CLI (system properties).
              .filter(name -> !name.startsWith("parvis.sortition."))
              .forEach(name -> names.add(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')));
          env.matcher(text).results().forEach(m -> names.add(m.group(1)));
        }
      }
    }
    return names;
  }

  private record Result(int code, String output) {}

  private static Result run(List<String> command, Map<String, String> environment) throws Exception {
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("PARVIS_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
