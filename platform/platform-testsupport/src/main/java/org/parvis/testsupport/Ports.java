package org.parvis.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that a loopback port is free before a service is started on it. */
final class Ports {

  private Ports() {}

  static void requireFree(int port, String service) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " for " + service + " is in use; is another Parvis still running?", e);
    }
  }
}
