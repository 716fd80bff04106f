package org.parvis.core.residency.infrastructure.crypto;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.parvis.core.migration.MigrationRunner;

/**
 * Checks at start-up that this node holds the identity key the instance's verifications were made
 * with: the first node started with a key records its fingerprint, every later start compares. A
 * node with another key keeps residency verification closed ({@link InstanceIdentityKey} answers
 * 503) and is not ready ({@code identity-key} readiness check), rather than verify people a second
 * time under new hashes.
 */
@ApplicationScoped
public class IdentityKeyGuard {

  private static final Logger LOG = Logger.getLogger(IdentityKeyGuard.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParvisDS")
  DataSource dataSource;

  @Inject InstanceIdentityKey key;

  private volatile KeyStatus status = KeyStatus.NOT_CHECKED;
  private volatile String recorded;

  void check(@Observes @Priority(MigrationRunner.PRIORITY + 5) @Initialized(ApplicationScoped.class) Object start)
      throws SQLException {
    recheck();
    if (status == KeyStatus.MISMATCH) {
      LOG.severe("PARVIS_IDENTITY_KEY is not the key this instance's residency verifications were made with"
          + " (recorded fingerprint " + recordedPrefix().orElse("?") + "…): residency verification stays closed"
          + " on this node. Restore the key from its escrow (docs/operations.md).");
    }
  }

  /**
   * Compares this node's key with the recorded fingerprint (recording it if none is), and opens or closes
   * verification accordingly. Called at start-up and by the readiness check.
   */
  public KeyStatus recheck() throws SQLException {
    Optional<String> fingerprint = key.fingerprint();
    if (fingerprint.isEmpty()) {
      status = KeyStatus.MISSING;
      return status;
    }
    try (Connection connection = dataSource.getConnection();
        var insert = connection.prepareStatement(
            "insert into parvis_instance_key (id, fingerprint) values (1, ?) on conflict (id) do nothing");
        var select = connection.prepareStatement("select fingerprint from parvis_instance_key where id = 1")) {
      insert.setString(1, fingerprint.get());
      insert.executeUpdate();
      try (var rows = select.executeQuery()) {
        rows.next();
        recorded = rows.getString(1);
      }
    }
    status = KeyStatus.of(recorded, fingerprint.get());
    key.close(status == KeyStatus.MISMATCH);
    return status;
  }

  public KeyStatus status() {
    return status;
  }

  /** The first characters of the recorded fingerprint, for operators comparing backups. */
  public Optional<String> recordedPrefix() {
    return Optional.ofNullable(recorded).map(f -> f.substring(0, 12));
  }
}
