package org.parvis.core.web.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Shapes the OpenAPI document WildFly generates from the deployment: only the REST API
 * ({@code /api/...}) is described — portal pages are HTML for browsers —, every operation has a
 * summary, says that its errors are problem+json ({@link ProblemSchema}), and needs a Keycloak
 * bearer token unless it is public.
 */
public class ApiDocumentFilter implements OASFilter {

  static final String API_PREFIX = "/api";
  static final String BEARER = "keycloak";

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
      List<String> pages = document.getPaths().getPathItems().keySet().stream()
          .filter(path -> !isApi(path)).toList();
      pages.forEach(document.getPaths()::removePathItem);
      document.getPaths().getPathItems().values().forEach(ApiDocumentFilter::describe);
    }
    Components components = document.getComponents() == null
        ? OASFactory.createComponents() : document.getComponents();
    ProblemSchema.addTo(components);
    components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
        .description("An access token of the instance's Keycloak realm (the tenant's"
            + " organization); public endpoints need none."));
    document.setComponents(components);
  }

  static boolean isApi(String path) {
    return path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/");
  }

  private static void describe(PathItem item) {
    Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
    if (operations == null) {
      return;
    }
    operations.values().forEach(operation -> {
      if (operation.getSummary() == null || operation.getSummary().isBlank()) {
        operation.setSummary(OperationSummaries.fromOperationId(operation.getOperationId()));
      }
      ProblemSchema.addResponses(operation);
      if (operation.getSecurity() == null) {
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(BEARER);
        operation.setSecurity(List.of(bearer));
      }
    });
  }
}
