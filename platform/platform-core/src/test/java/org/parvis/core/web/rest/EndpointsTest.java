package org.parvis.core.web.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class EndpointsTest {

  @Path("/api/me") static class Api {}

  @Path("api") static class ApiRoot {}

  @Path("/apiary") static class NotApi {}

  @Path("/me/residency") static class Page {}

  static class NoPath {}

  @Test
  void theApiIsWhatLivesUnderApiWhateverTheRequestLookedLike() {
    assertTrue(Endpoints.isApi(Api.class));
    assertTrue(Endpoints.isApi(ApiRoot.class));
  }

  @Test
  void everythingElseIsAPage() {
    assertFalse(Endpoints.isApi(NotApi.class));
    assertFalse(Endpoints.isApi(Page.class));
    assertFalse(Endpoints.isApi(NoPath.class));
    assertFalse(Endpoints.isApi((Class<?>) null));
  }
}
