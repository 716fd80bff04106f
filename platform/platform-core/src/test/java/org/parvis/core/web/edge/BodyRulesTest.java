package org.parvis.core.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyRulesTest {

  private static List<Map<String, String>> json(String body) {
    return JsonBodyRules.violations(body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Map<String, String>> form(String body) {
    return FormBodyRules.violations(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ordinaryJsonPassesWithLineBreaksInTexts() {
    assertEquals(List.of(), json("{\"title\":\"Fête\",\"text\":\"un\\ndeux\\tx\","
        + "\"roles\":[\"ADMIN\"],\"n\":1.5,\"b\":null,\"o\":{\"l\":[[1],[2]]}}"));
  }

  @Test
  void aNullListElementIsNamed() {
    var errors = json("{\"roles\":[null]}");
    assertEquals(List.of(Map.of("field", "roles[0]", "message", "must not be null")), errors);
    assertEquals("shifts[1].tags[2]",
        json("{\"shifts\":[{\"tags\":[]},{\"tags\":[\"a\",\"b\",null]}]}").get(0).get("field"));
  }

  @Test
  void nulControlCharactersAndBidiOverridesAreNamed() {
    assertEquals("title", json("{\"title\":\"a\\u0000b\"}").get(0).get("field"));
    assertEquals("items[0].text", json("{\"items\":[{\"text\":\"\\u001b[2J\"}]}").get(0).get("field"));
    assertEquals("subject", json("{\"subject\":\"rapport \\u202Efdp.exe\"}").get(0).get("field"));
    assertTrue(json("{\"a\\u0000\":1}").get(0).get("message").startsWith("its name"));
  }

  @Test
  void malformedJsonIsA400ButAnEmptyBodyIsLeftToTheResource() {
    var malformed = org.junit.jupiter.api.Assertions.assertThrows(
        org.parvis.spi.problem.ProblemException.class, () -> json("{\"title\": "));
    assertEquals(400, malformed.status());
    assertEquals("urn:parvis:problem:malformed-body", malformed.type());
    assertEquals(List.of(), json(""));
    assertEquals(List.of(), json("  "));
  }

  @Test
  void formsRefuseControlCharactersButKeepMultiLineValues() {
    assertEquals(List.of(), form("csrf=abc&text=ligne+un%0D%0Aligne+deux&title=F%C3%AAte"));
    assertEquals("title", form("csrf=abc&title=a%00b").get(0).get("field"));
    assertEquals("title", form("title=%E2%80%AEgnp").get(0).get("field"));
    assertEquals("body", form("title=%ZZ").get(0).get("field"));
  }

  @Test
  void bodiesOverTheLimitAreRefusedWith413() {
    var exception = org.junit.jupiter.api.Assertions.assertThrows(
        org.parvis.spi.problem.ProblemException.class,
        () -> EdgeBodyInterceptor.readAtMost(new java.io.ByteArrayInputStream(new byte[11]), 10));
    assertEquals(413, exception.status());
  }
}
