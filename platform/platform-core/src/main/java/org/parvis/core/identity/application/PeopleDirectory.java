package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakPeople;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakPeople.Account;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakServiceAccount.KeycloakException;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/**
 * The directory of people behind the person picker: the realm's accounts, searched in Keycloak.
 *
 * <p>The search is realm-wide. Keycloak organizations cannot narrow it to a tenant's people: Parvis mirrors each
 * tenant as an organization but does not make accounts its members (a resident signs in to the realm, not to an
 * organization), and the tenant itself only knows the accounts it gave a role or verified — not those who merely
 * signed in, which are the colleagues an administrator most often looks for. It is acceptable because there is one
 * realm per instance (the instance's communes share one operator), it is open only to the tenant's
 * administration roles, it needs {@value People#MIN_QUERY} characters, gives at most {@value People#MAX_RESULTS}
 * people, and shows moderators and staff a masked e-mail address only.
 */
@ApplicationScoped
public class PeopleDirectory implements People {

  static final Set<TenantRole> MAY_SEARCH = Set.of(TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF);
  private static final String UNAVAILABLE = "urn:parvis:problem:directory-unavailable";

  @Inject KeycloakPeople keycloak;
  @Inject Caller caller;

  @Override
  public List<Person> search(String query) {
    boolean admin = allowed();
    String text = query == null ? "" : query.strip();
    if (text.codePointCount(0, text.length()) < MIN_QUERY) {
      return List.of();
    }
    return call(() -> keycloak.search(text, MAX_RESULTS)).stream().map(a -> person(a, admin)).toList();
  }

  @Override
  public Optional<Person> find(String subject) {
    boolean admin = allowed();
    return call(() -> keycloak.find(subject)).map(a -> person(a, admin));
  }

  /** The person as a caller sees them: the full e-mail address for administrators, masked for the others. */
  static Person person(Account account, boolean admin) {
    String email = account.email() == null ? "" : account.email();
    return new Person(account.id(), account.displayName(), admin ? email : masked(email));
  }

  /** {@code camille.martin@example.org} → {@code c•••@example.org}: enough to tell two namesakes apart. */
  static String masked(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return email.isEmpty() ? "" : "•••";
    }
    return email.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append) + "•••" + email.substring(at);
  }

  private boolean allowed() {
    Set<TenantRole> roles = caller.tenantRoles();
    if (roles.stream().noneMatch(MAY_SEARCH::contains)) {
      throw ProblemException.forbidden("Only the tenant's administration roles may search people");
    }
    return roles.contains(TenantRole.ADMIN);
  }

  private static <T> T call(java.util.function.Supplier<T> keycloakCall) {
    try {
      return keycloakCall.get();
    } catch (KeycloakException e) {
      throw new ProblemException(503, UNAVAILABLE, "Service Unavailable",
          "The directory of people cannot be reached: " + e.getMessage());
    }
  }
}
