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

  @Test
  void whateverFollowsTheHostMustBeAPortOfDigits() {
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:8080/x"));
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:80:80"));
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:"));
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:http"));
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:0"));
    assertEquals(Optional.empty(), HostName.normalize("evil.localhost:70000"));
    assertEquals(Optional.empty(), HostName.normalize("user@evil.localhost"));
    assertEquals(Optional.of("ok.localhost"), HostName.normalize("ok.localhost:65535"));
  }

  @Test
  void anIpLiteralIsNeverATenantHost() {
    assertEquals(Optional.of("127.0.0.1"), HostName.normalize("127.0.0.1:8080"));
    assertEquals(Optional.empty(), HostName.tenantHost("127.0.0.1:8080"));
    assertEquals(Optional.empty(), HostName.tenantHost("10.0.0.1"));
    assertEquals(Optional.empty(), HostName.tenantHost("2130706433"));
    assertEquals(Optional.of("grenoble.localhost"), HostName.tenantHost("grenoble.localhost"));
    assertEquals(Optional.of("1commune.example"), HostName.tenantHost("1commune.example"));
  }
}
