package org.parvis.core.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTargetsTest {

  @Test
  void ordinaryPathsPass() {
    assertEquals(Optional.empty(), RequestTargets.pathProblem("/api/me"));
    assertEquals(Optional.empty(), RequestTargets.pathProblem("/"));
    assertEquals(Optional.empty(), RequestTargets.pathProblem("/pages/charte/"));
    assertEquals(Optional.empty(), RequestTargets.pathProblem("/pages/f%C3%AAte"));
    assertEquals(Optional.empty(), RequestTargets.pathProblem("/assets/parvis.css"));
  }

  @Test
  void matrixParametersAreRefused() {
    assertTrue(RequestTargets.pathProblem("/api;x=1/me").orElseThrow().contains("matrix"));
    assertTrue(RequestTargets.pathProblem("/api/me;jsessionid=abc").isPresent());
  }

  @Test
  void encodedAsciiLettersSlashesAndDotsAreRefused() {
    assertTrue(RequestTargets.pathProblem("/%61pi/me").isPresent());
    assertTrue(RequestTargets.pathProblem("/api%2Fme").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/%2e%2e/me").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/me%3B").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/me%5C").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/%25").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/%zz").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/%4").isPresent());
  }

  @Test
  void dotEmptySegmentsAndBackslashesAreRefused() {
    assertTrue(RequestTargets.pathProblem("/api/../me").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/./me").isPresent());
    assertTrue(RequestTargets.pathProblem("/api/me/..").isPresent());
    assertTrue(RequestTargets.pathProblem("//api/me").isPresent());
    assertTrue(RequestTargets.pathProblem("/api\\me").isPresent());
  }

  @Test
  void controlCharactersAndBidiOverridesInPathsAreRefused() {
    assertTrue(RequestTargets.pathProblem("/pages/a%00b").isPresent());
    assertTrue(RequestTargets.pathProblem("/pages/a%0Ab").isPresent());
    assertTrue(RequestTargets.pathProblem("/pages/%E2%80%AEgnp").isPresent());
    assertTrue(RequestTargets.pathProblem("/pages/%C3").isPresent(), "invalid UTF-8");
  }

  @Test
  void queryValuesMustBeSafeSingleLineText() {
    assertEquals(Optional.empty(), RequestTargets.queryProblem(null));
    assertEquals(Optional.empty(), RequestTargets.queryProblem("return=%2Fme%2Fresidency&q=f%C3%AAte+de+l%27%C3%A9t%C3%A9"));
    assertTrue(RequestTargets.queryProblem("q=a%00b").orElseThrow().contains("'q'"));
    assertTrue(RequestTargets.queryProblem("subject=a%0D%0Ab").isPresent());
    assertTrue(RequestTargets.queryProblem("t=%E2%80%AE").isPresent());
    assertTrue(RequestTargets.queryProblem("t=%ZZ").isPresent());
  }
}
