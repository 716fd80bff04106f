package org.parvis.core.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostNameTest {

  @Test
  void hostsAreMatchedWithoutCasePortOrTrailingDot() {
    assertEquals(Optional.of("grenoble.localhost"), HostName.normalize("Grenoble.LOCALHOST:8080"));
    assertEquals(Optional.of("participer.grenoble.fr"), HostName.normalize("participer.grenoble.fr."));
  }

  @Test
  void anythingThatIsNotADnsNameIsRefused() {
    assertEquals(Optional.empty(), HostName.normalize(null));
    assertEquals(Optional.empty(), HostName.normalize(""));
    assertEquals(Optional.empty(), HostName.normalize("[::1]:8080"));
    assertEquals(Optional.empty(), HostName.normalize("evil.com/path"));
    assertEquals(Optional.empty(), HostName.normalize("-bad.example"));
    assertEquals(Optional.empty(), HostName.normalize("a b.example"));
  }
}
