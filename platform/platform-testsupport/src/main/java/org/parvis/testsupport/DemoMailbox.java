package org.parvis.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The demo's mail server: an SMTP server on loopback that keeps what Parvis sends as {@code .eml}
 * files (open them with any mail client) and prints one line per message, so that a newcomer sees
 * the notifications without configuring a real mail server.
 */
final class DemoMailbox implements AutoCloseable {

  private final GreenMail server;
  private final Path folder;
  private final Thread writer;
  private int written;

  private DemoMailbox(int port, Path folder) {
    this.folder = folder;
    this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    this.writer = new Thread(this::keepWriting, "demo-mailbox");
    this.writer.setDaemon(true);
  }

  static DemoMailbox start(int port, Path folder) throws IOException {
    Files.createDirectories(folder);
    DemoMailbox mailbox = new DemoMailbox(port, folder);
    mailbox.server.start();
    mailbox.writer.start();
    return mailbox;
  }

  private void keepWriting() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        MimeMessage[] received = server.getReceivedMessages();
        for (MimeMessage message : Arrays.copyOfRange(received, written, received.length)) {
          write(message);
        }
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | MessagingException | RuntimeException e) {
        System.err.println("Demo mailbox: " + e.getMessage());
      }
    }
  }

  private void write(MimeMessage message) throws IOException, MessagingException {
    written++;
    Path file = folder.resolve(String.format("%05d.eml", written));
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    System.out.println("Mail to " + Arrays.toString(message.getAllRecipients()) + ": "
        + message.getSubject() + "  (" + file + ")");
  }

  @Override
  public void close() {
    writer.interrupt();
    server.stop();
  }
}
