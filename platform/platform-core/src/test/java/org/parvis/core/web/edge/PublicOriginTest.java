package org.parvis.core.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicOriginTest {

  @Test
  void defaultPortsAreLeftOut() {
    assertEquals("https://participer.grenoble.fr", PublicOrigin.origin("https", "participer.grenoble.fr", 443));
    assertEquals("http://grenoble.localhost", PublicOrigin.origin("http", "grenoble.localhost", 80));
    assertEquals("http://grenoble.localhost:8080", PublicOrigin.origin("http", "grenoble.localhost", 8080));
  }
}
