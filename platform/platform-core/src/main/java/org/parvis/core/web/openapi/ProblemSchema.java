package org.parvis.core.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** The RFC 9457 problem document every API error is, and the 4XX/5XX responses that use it. */
final class ProblemSchema {

  static final String MEDIA_TYPE = "application/problem+json";
  static final String NAME = "Problem";
  static final String REF = "#/components/schemas/" + NAME;

  private ProblemSchema() {}

  static void addTo(Components components) {
    components.addSchema(NAME, OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("An error (RFC 9457). Bad input changes nothing.")
        .addProperty("type", text("Stable problem type, e.g. urn:parvis:problem:validation"))
        .addProperty("title", text("Short summary, in English"))
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text("What went wrong with this request"))
        .addProperty("instance", text("Incident id, to quote to the operator"))
        .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
            .description("Refused fields, for validation problems")
            .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The field"))
                .addProperty("message", text("Why it was refused"))))
        .addRequired("type").addRequired("title").addRequired("status"));
  }

  static void addResponses(Operation operation) {
    APIResponses responses = operation.getResponses() == null
        ? OASFactory.createAPIResponses() : operation.getResponses();
    if (!responses.hasAPIResponse("4XX")) {
      responses.addAPIResponse("4XX", problem("Refused: bad input, not allowed, not found or in"
          + " conflict with the current state"));
    }
    if (!responses.hasAPIResponse("5XX")) {
      responses.addAPIResponse("5XX", problem("Unexpected error; the instance id is logged"));
    }
    operation.setResponses(responses);
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String text) {
    return OASFactory.createAPIResponse().description(text).content(
        OASFactory.createContent().addMediaType(MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
