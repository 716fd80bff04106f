package org.parvis.core.web.openapi;

import java.util.Locale;

/**
 * A readable summary for an operation that has no {@code @Operation} text, from the operation id
 * SmallRye gives it ({@code <Class>_<method>}): {@code AdminResidencyResource_uploadCensus}
 * becomes "Upload census".
 */
final class OperationSummaries {

  private OperationSummaries() {}

  static String fromOperationId(String operationId) {
    if (operationId == null || operationId.isBlank()) {
      return "Operation";
    }
    String method = operationId.substring(operationId.lastIndexOf('_') + 1);
    String words = method.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
