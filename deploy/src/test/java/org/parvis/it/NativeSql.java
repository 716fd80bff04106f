package org.parvis.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Native SQL through the application's own persistence context, for row-level security tests. */
@ApplicationScoped
public class NativeSql {

  @PersistenceContext EntityManager em;

  public long count(String query) {
    return ((Number) em.createNativeQuery(query).getSingleResult()).longValue();
  }

  public int execute(String statement) {
    return em.createNativeQuery(statement).executeUpdate();
  }
}
