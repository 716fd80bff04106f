package org.parvis.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real services integration tests run against — PostgreSQL, Keycloak and an SMTP
 * server (GreenMail) that WildFly sends mail to — once per
 * test JVM, before Arquillian starts WildFly, and stops them at the end. Active only where the
 * build sets {@code parvis.it.services=true} (failsafe in {@code deploy/}).
 */
public class IntegrationServices implements LauncherSessionListener {

  /** System property naming the backend client's secret, read by arquillian.xml. */
  public static final String CLIENT_SECRET_PROPERTY = "parvis.it.keycloak.client-secret";

  private static final String CLIENT_SECRET = Secrets.random(32);
  private static EmbeddedDatabase database;
  private static KeycloakServer keycloak;
  private static GreenMail mail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("parvis.it.services") || database != null) {
      return;
    }
    try {
      Path work = Path.of(System.getProperty("parvis.it.work.dir", "target/it-services"));
      Files.createDirectories(work);
      System.setProperty(CLIENT_SECRET_PROPERTY, CLIENT_SECRET);
      var keycloakStart = CompletableFuture.supplyAsync(() -> startKeycloak(work));
      mail = new GreenMail(new ServerSetup(Integer.getInteger("parvis.it.smtp.port"), "127.0.0.1",
          ServerSetup.PROTOCOL_SMTP));
      mail.start();
      database = EmbeddedDatabase.start(
          Integer.getInteger("parvis.it.db.port"), work.resolve("pgdata"), true);
      keycloak = keycloakStart.join();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the integration-test services", e);
    }
  }

  private static KeycloakServer startKeycloak(Path work) {
    try {
      return KeycloakServer.start(
          Path.of(System.getProperty("parvis.it.keycloak.home")),
          Integer.getInteger("parvis.it.keycloak.port"),
          Path.of(System.getProperty("parvis.it.realm.file")),
          true,
          Map.of("PARVIS_DEMO_PASSWORD", Secrets.random(20),
              "PARVIS_KEYCLOAK_CLIENT_SECRET", CLIENT_SECRET),
          work.resolve("keycloak.log"));
    } catch (Exception e) {
      throw new IllegalStateException("Keycloak did not start", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (database != null) {
      try {
        database.close();
      } catch (Exception ignored) {
        // the JVM is ending anyway
      }
    }
  }

  public static KeycloakServer keycloak() {
    if (keycloak == null) {
      throw new IllegalStateException("Keycloak runs only under failsafe (parvis.it.services)");
    }
    return keycloak;
  }

  /**
   * The SMTP server that receives every email the platform sends during the tests. Shared by all
   * test classes of the run: never purge it; select messages by a recipient unique to the test.
   */
  public static GreenMail mail() {
    if (mail == null) {
      throw new IllegalStateException("The test SMTP server runs only under failsafe (parvis.it.services)");
    }
    return mail;
  }

  public static EmbeddedDatabase database() {
    return database;
  }
}
