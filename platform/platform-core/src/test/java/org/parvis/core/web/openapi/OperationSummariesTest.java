package org.parvis.core.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperationSummariesTest {

  @Test
  void theMethodNameOfTheOperationIdBecomesASentence() {
    assertEquals("Upload census",
        OperationSummaries.fromOperationId("AdminResidencyResource_uploadCensus"));
    assertEquals("Policy", OperationSummaries.fromOperationId("AdminResidencyResource_policy"));
    assertEquals("Cast ballot v2", OperationSummaries.fromOperationId("castBallotV2"));
  }

  @Test
  void anOperationWithoutIdStillGetsASummary() {
    assertEquals("Operation", OperationSummaries.fromOperationId(null));
    assertEquals("Operation", OperationSummaries.fromOperationId(" "));
  }

  @Test
  void onlyTheRestApiIsDescribed() {
    assertTrue(ApiDocumentFilter.isApi("/api"));
    assertTrue(ApiDocumentFilter.isApi("/api/admin/residency"));
    assertFalse(ApiDocumentFilter.isApi("/apiary"));
    assertFalse(ApiDocumentFilter.isApi("/budget/administration"));
  }
}
