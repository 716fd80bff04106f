package org.parvis.modules.budget.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.PabulibImport;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;

/**
 * Imports a past edition from a Pabulib file (multipart: {@code file}, {@code rule}, empty for the file's own); a
 * malformed file shows the editions page again with the importer's message and line.
 */
@Path("/budget/administration/pabulib")
@ModuleEndpoint(BudgetModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PabulibPages {

  @Inject PabulibImport importer;
  @Inject Caller caller;
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importPabulib(List<EntityPart> parts) {
    MultipartForm multipart = new MultipartForm(parts);
    String rule = multipart.field("rule");
    return views.submit(Form.of(multipart), form -> {
      var file = multipart.file("file", "upload.pb");
      if (file.isEmpty()) {
        form.refuse("file", "budget.admin.pabulib.invalid");
      }
      form.requireValid();
      if (file.get().content().length > Attachments.MAX_BYTES) {
        form.refuse("file", "budget.admin.pabulib.tooLarge");
        form.requireValid();
      }
      try {
        var done = importer.importFile(file.get().filename(), file.get().content(), rule,
            caller.subject().orElseThrow());
        return "/budget/administration/" + done.edition().id() + "?saved=imported";
      } catch (ProblemException refused) {
        if (!PabulibImport.MALFORMED.equals(refused.type())) {
          throw refused;
        }
        form.refuse("file", "budget.admin.pabulib.malformed", refused.extensions().get("line"),
            refused.getMessage());
        form.requireValid();
        return null;
      }
    }, form -> {
      BudgetMessages m = BudgetPortal.messages(views);
      Map<String, String> shown = new LinkedHashMap<>(models.defaults());
      shown.put("pabulibRule", rule);
      String refusal = Refusals.first(form).map(error -> error.key() != null
          && error.key().startsWith("budget.admin.pabulib.") ? AdministrationPageModels.text(error, m)
          : AdministrationPageModels.key(error).startsWith("problem.4") ? m.get("budget.admin.pabulib.invalid")
          : m.get("budget.admin.refused.other")).orElse(null);
      return models.editions(shown, refusal);
    });
  }
}
