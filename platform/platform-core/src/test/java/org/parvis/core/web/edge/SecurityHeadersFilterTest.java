package org.parvis.core.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private static Map<String, String> headersFor(boolean secure) throws Exception {
    Map<String, String> headers = new HashMap<>();
    var request = (HttpServletRequest) Proxy.newProxyInstance(getClass(HttpServletRequest.class),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> method.getName().equals("isSecure") ? secure : null);
    var response = (HttpServletResponse) Proxy.newProxyInstance(getClass(HttpServletResponse.class),
        new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
          if (method.getName().equals("setHeader")) {
            headers.put((String) args[0], (String) args[1]);
          }
          return null;
        });
    boolean[] passedOn = {false};
    new SecurityHeadersFilter().doFilter(request, response, (req, res) -> passedOn[0] = true);
    assertTrue(passedOn[0]);
    return headers;
  }

  private static ClassLoader getClass(Class<?> type) {
    return type.getClassLoader();
  }

  @Test
  void everyResponseForbidsFramingSniffingInlineScriptsAndCrossOriginReferrers() throws Exception {
    var headers = headersFor(false);
    String csp = headers.get("Content-Security-Policy");
    assertTrue(csp.contains("default-src 'self'"));
    assertTrue(csp.contains("script-src 'self'"));
    assertTrue(csp.contains("frame-ancestors 'none'"));
    assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("same-origin", headers.get("Referrer-Policy"));
  }

  @Test
  void hstsOnlyOverHttps() throws Exception {
    assertNull(headersFor(false).get("Strict-Transport-Security"));
    assertEquals("max-age=31536000", headersFor(true).get("Strict-Transport-Security"));
  }
}
