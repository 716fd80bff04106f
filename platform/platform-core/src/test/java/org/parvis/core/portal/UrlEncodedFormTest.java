package org.parvis.core.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class UrlEncodedFormTest {

  @Test
  void theTokenIsReadWhereverItStandsDecoded() {
    assertEquals("a+b/c=", UrlEncodedForm.first("title=x&csrf=a%2Bb%2Fc%3D&y=1", "csrf"));
    assertEquals("first", UrlEncodedForm.first("csrf=first&csrf=second", "csrf"));
    assertEquals("", UrlEncodedForm.first("csrf", "csrf"));
    assertNull(UrlEncodedForm.first("title=csrf", "csrf"));
    assertNull(UrlEncodedForm.first("", "csrf"));
    assertNull(UrlEncodedForm.first("csrf=%zz", "csrf"), "a malformed value is no token");
  }

  @Path("/api/petitions")
  static class Api {}

  @Path("/petitions")
  static class Page {}

  @Test
  void pagesAreEveryResourceButTheApis() {
    assertTrue(FormTokenFilter.isPage(Page.class));
    assertFalse(FormTokenFilter.isPage(Api.class));
    assertFalse(FormTokenFilter.isPage(null));
  }
}
