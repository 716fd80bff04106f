package org.parvis.core.residency.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.parvis.core.residency.application.CensusImport;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The administrator uploads the census file: it is read and shown first (counts, first lines, districts, every bad
 * line with its number) and replaces the census only when confirmed. Until then only the keyed hashes of the
 * people read wait in the administrator's session (never their names); a file with a bad line cannot be confirmed.
 */
@Path("/admin/residency/census")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CensusUploadPage {

  /** The session attribute holding the census read and waiting for confirmation. */
  static final String PENDING = "parvis.residency.census";

  @Inject CensusImport census;
  @Inject PortalViews views;
  @Context HttpServletRequest request;

  /** A census read and not yet confirmed: for whom, and the hashes (with districts) it would store. */
  record Pending(String token, UUID tenantId, HashMap<String, String> districtByHash) implements Serializable {}

  @GET
  public Response page() {
    return upload(Form.empty()).response();
  }

  /** Reads the file and shows what it holds; stores nothing. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response preview(List<EntityPart> parts) {
    MultipartForm posted = new MultipartForm(parts);
    Form form = Form.of(posted);
    var file = posted.file("file", "census.csv");
    if (file.isEmpty()) {
      return upload(form.refuse("file", "form.required")).status(422).response();
    }
    if (file.get().content().length > Attachments.MAX_BYTES) {
      return upload(form.refuse("file", "census.tooLarge")).status(422).response();
    }
    CensusImport.Preview preview;
    try {
      preview = census.preview(file.get().content());
    } catch (ProblemException refused) {
      return upload(form.refuse("file", "problem.census-encoding")).status(422).response();
    }
    String token = null;
    var session = request.getSession(true);
    session.removeAttribute(PENDING);
    if (preview.parsed().valid()) {
      token = UUID.randomUUID().toString();
      session.setAttribute(PENDING, new Pending(token, preview.tenantId(), new HashMap<>(preview.districtByHash())));
    }
    Texts t = ResidencyPageModels.texts(views.locale());
    return views.page("residency/census-preview", t.get("census.previewTitle"))
        .with("preview", ResidencyPageModels.preview(t, file.get().filename(), preview, token))
        .with("censusSize", census.size())
        .status(preview.parsed().valid() ? 200 : 422)
        .response();
  }

  /** Replaces the census by the file read, when the administrator confirms. */
  @POST
  @Path("confirmation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String token = form.text("token", 36);
      if (!form.checked("confirm")) {
        form.refuse("confirm", "census.confirmRequired");
      }
      form.requireValid();
      var session = request.getSession(true);
      if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.token().equals(token)) {
        form.refuse("file", "census.expired").requireValid();
        return null;
      }
      census.confirm(pending.tenantId(), pending.districtByHash());
      session.removeAttribute(PENDING);
      return "/admin/residency";
    }, form -> upload(form));
  }

  private View upload(Form form) {
    Texts t = ResidencyPageModels.texts(views.locale());
    return views.page("residency/census", t.get("census.uploadTitle"))
        .form(form)
        .with("censusSize", census.size());
  }
}
