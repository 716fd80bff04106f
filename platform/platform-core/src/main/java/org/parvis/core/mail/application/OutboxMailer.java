package org.parvis.core.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.parvis.core.multitenancy.TenantContext;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.tenant.TenantRef;

/** The platform's {@link Mailer}: writes to the outbox; {@link MailDispatcher} sends after commit. */
@ApplicationScoped
public class OutboxMailer implements Mailer {

  @Inject MailOutbox outbox;
  @Inject Event<MailQueued> queued;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void send(MailMessage message) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Mail is queued in the transaction of the action that sends it");
    }
    TenantRef tenant = TenantContext.current()
        .orElseThrow(() -> new IllegalStateException("Mail is sent on behalf of a tenant"));
    outbox.add(tenant.id(), tenant.displayName(), message);
    queued.fire(new MailQueued());
  }

  /** Fired for every queued message; observed after commit. */
  public record MailQueued() {}
}
