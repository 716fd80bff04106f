package org.parvis.core.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One portal sign-in on its way through the platform host: started on a tenant host, completed
 * by Keycloak's callback on the platform host, redeemed once by the tenant host with a ticket.
 */
@Entity
@Table(name = "parvis_sign_in")
public class SignInRelay {

  static final Duration LIFETIME = Duration.ofMinutes(10);

  @Id private String state;

  @Column(name = "tenant_origin", nullable = false)
  private String tenantOrigin;

  @Column(nullable = false)
  private String nonce;

  @Column(nullable = false)
  private String verifier;

  @Column(name = "return_path", nullable = false)
  private String returnPath;

  @Column(name = "ticket_hash", unique = true)
  private String ticketHash;

  private String subject;

  @Column(name = "display_name")
  private String displayName;

  private Boolean operator;

  @Column(name = "id_token")
  private String idToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SignInRelay() {}

  SignInRelay(String tenantOrigin, String returnPath) {
    this.state = Pkce.randomToken();
    this.nonce = Pkce.randomToken();
    this.verifier = Pkce.randomToken();
    this.tenantOrigin = tenantOrigin;
    this.returnPath = returnPath;
    this.createdAt = Instant.now();
  }

  boolean expired() {
    return createdAt.plus(LIFETIME).isBefore(Instant.now());
  }

  boolean completed() {
    return ticketHash != null;
  }

  void complete(SignedIn person, String ticketHash) {
    this.subject = person.subject();
    this.displayName = person.displayName();
    this.operator = person.operator();
    this.idToken = person.idToken();
    this.ticketHash = ticketHash;
  }

  PendingLogin pending() {
    return new PendingLogin(state, nonce, verifier, returnPath);
  }

  SignedIn signedIn() {
    return new SignedIn(subject, displayName, Boolean.TRUE.equals(operator), idToken);
  }

  String state() {
    return state;
  }

  String tenantOrigin() {
    return tenantOrigin;
  }
}
