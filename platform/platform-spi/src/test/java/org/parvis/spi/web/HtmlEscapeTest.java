package org.parvis.spi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {

  @Test
  void markupFromUsersIsNeutralised() {
    assertEquals(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
        Html.escape("<script>alert('x')</script> & \"q\""));
    assertEquals("", Html.escape(null));
  }
}
