package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.identity.domain.Invitation;
import org.parvis.core.identity.domain.InvitationRepository;
import org.parvis.core.identity.domain.RoleSets;
import org.parvis.core.identity.domain.RolesConverter;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakAccounts;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakAccounts.Account;
import org.parvis.core.identity.infrastructure.keycloak.KeycloakServiceAccount;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.MailSubject;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.tenant.TenantRef;

/**
 * Invites a person by e-mail to hold roles in the current tenant: Keycloak finds or creates their account ({@link
 * #account}, outside any transaction: it cannot be rolled back, and finding it again is harmless), then, in the
 * tenant's transaction, the account is given the roles, the invitation is recorded as pending and the mail is
 * queued in Parvis's outbox ({@link #invite}). The mail links to the tenant's sign-in; an account created for the
 * invitation gets a temporary password in it, which Keycloak makes its owner replace at the first sign-in. The
 * invitation stays pending until the account first signs in to the tenant ({@link #signedIn}); it can be sent
 * again ({@link #resend}).
 */
@ApplicationScoped
@Transactional
public class Invitations {

  @Inject KeycloakAccounts accounts;
  @Inject InvitationRepository invitations;
  @Inject MembershipAdministration memberships;
  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;

  /** The Keycloak account of {@code email}, found or created; 503 when Keycloak is not configured. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account account(String email) {
    if (!MailMessage.looksLikeAnAddress(email)) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-email", "adminEmail",
          "'" + email + "' is not an e-mail address");
    }
    if (!accounts.configured()) {
      throw new ProblemException(503, "urn:parvis:problem:accounts-unavailable", "Service Unavailable",
          "No Keycloak service account is configured: people cannot be invited");
    }
    try {
      return accounts.findOrCreate(email);
    } catch (KeycloakServiceAccount.KeycloakException e) {
      throw new ProblemException(503, "urn:parvis:problem:accounts-unavailable", "Service Unavailable",
          "Keycloak could not find or create the account: " + e.getMessage());
    }
  }

  /** Gives {@code account} {@code roles} in the current tenant and queues the invitation mail. */
  public Invitation invite(Account account, Set<TenantRole> roles, String origin) {
    memberships.assign(account.id(), RoleSets.of(roles));
    Invitation invitation = invitations.save(account.email(), account.id(),
        new RolesConverter().convertToDatabaseColumn(RoleSets.of(roles)), account.created(), Instant.now());
    mail(invitation, origin);
    return invitation;
  }

  /** Sends a pending invitation again (a new temporary password for an account created by the invitation). */
  public Invitation resend(UUID id, String origin) {
    Invitation invitation = invitations.byId(id)
        .orElseThrow(() -> ProblemException.notFound("No such invitation"));
    if (!invitation.pending()) {
      throw ProblemException.conflict("urn:parvis:problem:invitation-accepted",
          "This invitation was already accepted");
    }
    invitations.sentAgain(id, Instant.now());
    mail(invitation, origin);
    return invitations.byId(id).orElseThrow();
  }

  public List<Invitation> list() {
    return invitations.all();
  }

  /** The account signed in to the current tenant: its pending invitations there are accepted. */
  public void signedIn(String subject) {
    invitations.accepted(subject, Instant.now());
  }

  private void mail(Invitation invitation, String origin) {
    TenantRef here = tenant.require();
    Texts t = Texts.of("messages.operator", here.locale());
    String signIn = origin + "/auth/login?return=/admin";
    String access = invitation.newAccount()
        ? t.get("invitation.newAccount", invitation.email(), accounts.temporaryPassword(invitation.subject()))
        : t.get("invitation.existingAccount", invitation.email());
    mailer.send(MailMessage.of(invitation.email(),
        MailSubject.of(t.get("invitation.subject", here.displayName())),
        t.get("invitation.body", here.displayName(), signIn, access)));
  }
}
