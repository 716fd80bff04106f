package org.parvis.core.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PortalSecurityTest {

  @Test
  void pkceChallengeIsTheS256OfTheVerifier() {
    // The example of RFC 7636, appendix B.
    assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
  }

  @Test
  void onlyLocalPathsAreRedirectedTo() {
    assertEquals("/admin/modules", AuthResource.safeReturn("/admin/modules"));
    assertEquals("/", AuthResource.safeReturn("https://evil.example/"));
    assertEquals("/", AuthResource.safeReturn("//evil.example/"));
    assertEquals("/", AuthResource.safeReturn("/\\evil.example"));
    assertEquals("/", AuthResource.safeReturn(null));
  }

  @Test
  void unsignedIdTokensAreTrustedOnlyOverHttpsOrOnThisMachine() {
    org.junit.jupiter.api.Assertions.assertTrue(
        PortalOidcClient.trustedChannel("https://id.example.org/realms/parvis"));
    org.junit.jupiter.api.Assertions.assertTrue(
        PortalOidcClient.trustedChannel("http://localhost:8180/realms/parvis"));
    org.junit.jupiter.api.Assertions.assertTrue(
        PortalOidcClient.trustedChannel("http://127.0.0.1:8180/realms/parvis"));
    org.junit.jupiter.api.Assertions.assertFalse(
        PortalOidcClient.trustedChannel("http://id.example.org/realms/parvis"));
    org.junit.jupiter.api.Assertions.assertFalse(
        PortalOidcClient.trustedChannel("http://localhost.example.org/realms/parvis"));
    org.junit.jupiter.api.Assertions.assertFalse(PortalOidcClient.trustedChannel("not a url"));
  }

  @Test
  void headerTextContrastsWithTheBrandColour() {
    assertEquals("#ffffff", DefaultPortalLayout.contrastingText("#1d4e89"));
    assertEquals("#000000", DefaultPortalLayout.contrastingText("#f2a541"));
    assertEquals("#ffffff", DefaultPortalLayout.contrastingText("not a colour"));
  }
}
