package org.parvis.core.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.parvis.core.ratelimit.ClientAddress;
import org.parvis.core.ratelimit.application.RateLimit;
import org.parvis.core.ratelimit.application.RateLimiter;
import org.parvis.spi.problem.ProblemException;

/**
 * Sign-ins relayed through the platform host. Kept in the database, not in memory, so that any
 * node of a cluster can complete or redeem them. Tickets are stored as hashes and work once.
 */
@ApplicationScoped
@Transactional
public class SignInRelays {

  /**
   * Sign-in starts per client address and tenant host, each writing a row: 30 a minute unless
   * {@code parvis.limits.sign-in-starts} says otherwise.
   */
  static final RateLimit STARTS = RateLimit.configurable("sign-in-start",
      "parvis.limits.sign-in-starts", 30, Duration.ofMinutes(1));

  @PersistenceContext EntityManager em;
  @Inject RateLimiter limiter;
  @Inject ClientAddress address;

  /**
   * Starts a sign-in for a browser on {@code tenantOrigin}; 429 after {@code STARTS} from one
   * client address and host.
   */
  public PendingLogin start(String tenantOrigin, String returnPath) {
    limiter.consume(STARTS, address.value() + " " + tenantOrigin,
        "Too many sign-ins started from this network address; try again in a minute.");
    em.createQuery("delete from SignInRelay r where r.createdAt < :limit")
        .setParameter("limit", Instant.now().minus(SignInRelay.LIFETIME))
        .executeUpdate();
    SignInRelay relay = new SignInRelay(tenantOrigin, returnPath);
    em.persist(relay);
    return relay.pending();
  }

  /** The sign-in Keycloak's callback refers to, if it is still open. */
  public Optional<SignInRelay> open(String state) {
    return Optional.ofNullable(em.find(SignInRelay.class, state))
        .filter(r -> !r.expired() && !r.completed());
  }

  /** Records who signed in and returns the one-time ticket for the tenant host. */
  public String complete(String state, SignedIn person) {
    SignInRelay relay = open(state).orElseThrow(SignInRelays::expired);
    String ticket = Pkce.randomToken();
    relay.complete(person, hash(ticket));
    return ticket;
  }

  /**
   * Redeems a ticket on the tenant host where the sign-in started, in the browser that started
   * it (its session holds {@code state}). The relay is deleted: a ticket works once.
   */
  public Optional<SignInRelay> redeem(String ticket, String state, String tenantOrigin) {
    var relay = em.createQuery("select r from SignInRelay r where r.ticketHash = :hash", SignInRelay.class)
        .setParameter("hash", hash(ticket))
        .getResultStream()
        .findFirst();
    relay.ifPresent(em::remove);
    return relay
        .filter(r -> !r.expired() && r.state().equals(state) && r.tenantOrigin().equals(tenantOrigin));
  }

  static ProblemException expired() {
    return new ProblemException(400, "urn:parvis:problem:sign-in-failed",
        "Sign-in failed", "This sign-in has expired or was already used; please sign in again");
  }

  private static String hash(String ticket) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
