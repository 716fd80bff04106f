package org.parvis.core.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.parvis.core.tenant.domain.HostName.Refusal;
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

  @Test
  void aTenantHostIsALowerCaseDnsNameNeitherAnIpNorAPlatformHost() {
    Set<String> platform = Set.of("localhost", "127.0.0.1", "parvis.example.org");
    assertEquals(Optional.empty(), HostName.refusalAsTenantHost("smh.localhost", platform));
    assertEquals(Optional.empty(), HostName.refusalAsTenantHost(" Participer.SMH.fr ", platform), "case is ignored");
    assertEquals(Optional.empty(), HostName.refusalAsTenantHost("xn--hres-bpa.fr", platform), "punycode");
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("http://smh.fr", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("smh.fr/portail", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("smh.fr:8080", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("saint_martin.fr", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("hères.fr", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("-smh.fr", platform));
    assertEquals(Optional.of(Refusal.INVALID), HostName.refusalAsTenantHost("", platform));
    assertEquals(Optional.of(Refusal.IP_ADDRESS), HostName.refusalAsTenantHost("192.168.1.20", platform));
    assertEquals(Optional.of(Refusal.IP_ADDRESS), HostName.refusalAsTenantHost("127.0.0.1", platform));
    assertEquals(Optional.of(Refusal.IP_ADDRESS), HostName.refusalAsTenantHost("::1", platform));
    assertEquals(Optional.of(Refusal.IP_ADDRESS), HostName.refusalAsTenantHost("[2001:db8::1]", platform));
    assertEquals(Optional.of(Refusal.PLATFORM_HOST), HostName.refusalAsTenantHost("localhost", platform));
    assertEquals(Optional.of(Refusal.PLATFORM_HOST), HostName.refusalAsTenantHost("Parvis.Example.org", platform));
  }
}
