package org.parvis.core.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.spi.mail.MailMessage;

class MailDispatcherTest {

  private final FakeOutbox outbox = new FakeOutbox();
  private final List<String> delivered = new ArrayList<>();
  private final MailDispatcher dispatcher = new MailDispatcher();

  MailDispatcherTest() {
    dispatcher.outbox = outbox;
    dispatcher.transport = (sender, message) -> {
      switch (message.to()) {
        case "refused@example.org" -> throw new MailTransport.MailNotSent(
            MailFailure.PERMANENT, "550 5.1.1 no such user", null);
        case "busy@example.org" -> throw new MailTransport.MailNotSent(
            MailFailure.TRANSIENT, "451 try later", null);
        case "bug@example.org" -> throw new IllegalStateException("unexpected");
        case "down@example.org" -> throw new MailTransport.MailNotSent(
            MailFailure.UNREACHABLE, "Couldn't connect", null);
        default -> delivered.add(message.to());
      }
    };
  }

  @Test
  void aPermanentRefusalIsADeadLetterAtOnceAndTheOthersLeave() {
    outbox.queue("refused@example.org", 0);
    outbox.queue("anna@example.org", 0);
    outbox.queue("bruno@example.org", 0);

    dispatcher.drain();

    assertEquals(List.of("anna@example.org", "bruno@example.org"), delivered);
    assertEquals(List.of("refused@example.org"), outbox.dead);
    assertTrue(outbox.released.isEmpty());
  }

  @Test
  void aTransientOrUnexpectedFailureDelaysOnlyThatMessage() {
    outbox.queue("busy@example.org", 0);
    outbox.queue("bug@example.org", 0);
    outbox.queue("anna@example.org", 0);

    dispatcher.drain();

    assertEquals(List.of("anna@example.org"), delivered);
    assertEquals(List.of("busy@example.org", "bug@example.org"), outbox.failed);
    assertTrue(outbox.dead.isEmpty());
  }

  @Test
  void aMessageThatKeepsFailingBecomesADeadLetterAtTheCap() {
    outbox.queue("busy@example.org", MailDispatcher.MAX_ATTEMPTS - 1);

    dispatcher.drain();

    assertEquals(List.of("busy@example.org"), outbox.dead);
    assertTrue(outbox.failed.isEmpty());
  }

  @Test
  void anUnreachableServerStopsTheRunAndReleasesWhatWasNotAttempted() {
    outbox.queue("anna@example.org", 0);
    outbox.queue("down@example.org", 3);
    outbox.queue("bruno@example.org", 0);

    dispatcher.drain();

    assertEquals(List.of("anna@example.org"), delivered);
    assertEquals(List.of("down@example.org", "bruno@example.org"), outbox.released);
    assertTrue(outbox.failed.isEmpty() && outbox.dead.isEmpty(), "not the messages' fault");
  }

  @Test
  void backOffGrowsUpToAnHour() {
    assertEquals(Duration.ofSeconds(30), MailDispatcher.backoff(0));
    assertEquals(Duration.ofMinutes(1), MailDispatcher.backoff(1));
    assertEquals(Duration.ofHours(1), MailDispatcher.backoff(40));
  }

  /** Claims everything queued once, and records what the dispatcher did with each message. */
  private static final class FakeOutbox implements MailOutbox {
    final Map<UUID, MailOutbox.QueuedMail> queued = new LinkedHashMap<>();
    final Map<UUID, String> addresses = new LinkedHashMap<>();
    final List<String> failed = new ArrayList<>();
    final List<String> dead = new ArrayList<>();
    final List<String> released = new ArrayList<>();

    void queue(String to, int attempts) {
      UUID id = UUID.randomUUID();
      queued.put(id, new QueuedMail(id, "Grenoble", MailMessage.of(to, "Hello", "Text"), attempts));
      addresses.put(id, to);
    }

    @Override
    public void add(UUID tenantId, String senderName, MailMessage message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<QueuedMail> claimDue(int limit, Duration lease) {
      List<QueuedMail> all = List.copyOf(queued.values());
      queued.clear();
      return all;
    }

    @Override
    public void sent(UUID id) {}

    @Override
    public void failed(UUID id, String error, Duration backoff) {
      failed.add(addresses.get(id));
    }

    @Override
    public void dead(UUID id, String reason) {
      dead.add(addresses.get(id));
    }

    @Override
    public void release(Collection<UUID> ids) {
      ids.forEach(id -> released.add(addresses.get(id)));
    }
  }
}
