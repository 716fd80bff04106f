package org.parvis.core.multitenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate connections on which the session's tenant is set as the transaction-local
 * PostgreSQL setting {@code parvis.tenant_id}. Row-level security policies on every tenant-owned
 * table compare against it, so even native SQL in a tenant's transaction sees only its rows.
 *
 * <p>The setting is transaction-local ({@code is_local = true}): it cannot leak to the next
 * borrower of a pooled connection.
 */
public class RowLevelSecurityConnectionProvider implements MultiTenantConnectionProvider<UUID> {

  static final String DATASOURCE = "java:jboss/datasources/ParvisDS";

  private volatile DataSource dataSource;

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource().getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(UUID tenantIdentifier) throws SQLException {
    Connection connection = getAnyConnection();
    try (PreparedStatement bind =
        connection.prepareStatement("select set_config('parvis.tenant_id', ?, true)")) {
      bind.setString(1, tenantIdentifier.toString());
      bind.execute();
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  @Override
  public void releaseConnection(UUID tenantIdentifier, Connection connection)
      throws SQLException {
    connection.close();
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> unwrapType) {
    return unwrapType.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> unwrapType) {
    return unwrapType.cast(this);
  }

  private DataSource dataSource() throws SQLException {
    DataSource ds = dataSource;
    if (ds == null) {
      try {
        ds = (DataSource) new InitialContext().lookup(DATASOURCE);
      } catch (NamingException e) {
        throw new SQLException("No datasource at " + DATASOURCE, e);
      }
      dataSource = ds;
    }
    return ds;
  }
}
