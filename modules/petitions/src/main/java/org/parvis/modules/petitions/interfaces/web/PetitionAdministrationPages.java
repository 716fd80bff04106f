package org.parvis.modules.petitions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.CouncilReferral;
import org.parvis.modules.petitions.application.PaperIdentity;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.application.PetitionSigning;
import org.parvis.modules.petitions.domain.CouncilDecision;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.modules.petitions.interfaces.web.PetitionWorkPageModels.PaperLine;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The staff's petitions pages (the same roles as the API's): the public petitions with the work each calls for,
 * the entry of paper signatures by batches — all or nothing: a batch with a refused line records none, and the
 * page says which lines and why, with everything typed kept — and, once a petition is referred, the council's
 * meeting date, then its answer and decision (the followers are told by e-mail, as {@link CouncilReferral} does).
 */
@Path("/petitions/administration")
@ModuleEndpoint(PetitionsModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class PetitionAdministrationPages {

  @Inject PetitionReading petitions;
  @Inject PetitionSigning signing;
  @Inject CouncilReferral council;
  @Inject PetitionWorkPageModels models;
  @Inject PortalViews views;
  @Inject ModuleSettings settings;

  @GET
  public Response list() {
    Texts t = texts();
    return views.page("petitions/administration", t.get("admin.title"))
        .with("rows", models.rows(paperAccepted(), t)).response();
  }

  @GET
  @Path("{id}/paper")
  public Response paper(@PathParam("id") UUID id, @QueryParam("recorded") Integer recorded) {
    return paperPage(publicPetition(id), Form.empty(), recorded).response();
  }

  @POST
  @Path("{id}/paper")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enterPaper(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Petition petition = publicPetition(id);
    return views.submit(Form.of(posted), form -> {
      List<PaperLine> lines = new ArrayList<>();
      List<PaperIdentity> identities = new ArrayList<>();
      for (PaperLine line : PetitionWorkPageModels.paperLines()) {
        List<String> blank = blank(form, line);
        if (blank.size() == 3) {
          continue;
        }
        if (!blank.isEmpty()) {
          form.refuse(blank.get(0), "paper.incomplete", line.number());
          continue;
        }
        lines.add(line);
        identities.add(new PaperIdentity(form.text(line.lastName(), 200), form.text(line.firstNames(), 200),
            form.date(line.birthDate())));
      }
      if (identities.isEmpty() && form.isValid()) {
        form.refuse(PetitionWorkPageModels.paperLines().get(0).lastName(), "paper.empty");
      }
      form.requireValid();
      var batch = signing.enterPaper(id, identities, true);
      batch.duplicates().forEach(i -> form.refuse(lines.get(i).lastName(), "paper.duplicate", lines.get(i).number()));
      batch.underAge().forEach(i -> form.refuse(lines.get(i).lastName(), "paper.underAge", lines.get(i).number()));
      form.requireValid();
      return "/petitions/administration/" + id + "/paper?recorded=" + batch.accepted();
    }, form -> paperPage(petition, form, null));
  }

  @GET
  @Path("{id}/council")
  public Response council(@PathParam("id") UUID id) {
    Petition petition = publicPetition(id);
    Form form = petition.councilMeetingDate()
        .map(d -> Form.prefilled(Map.of("date", d.toString()))).orElse(Form.empty());
    return councilPage(petition, form).response();
  }

  /** Sets the council's meeting date ({@code action=meeting}) or publishes its answer ({@code action=answer}). */
  @POST
  @Path("{id}/council")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Petition petition = publicPetition(id);
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("meeting", "answer"));
      if ("meeting".equals(action)) {
        var date = form.date("date");
        form.requireValid();
        council.scheduleMeeting(id, date);
        return "/petitions/administration/" + id + "/council";
      }
      String answer = form.paragraphs("answer", 20_000);
      CouncilDecision decision = form.choice("decision", CouncilDecision.class);
      form.requireValid();
      council.answer(id, answer.strip(), decision);
      return "/petitions/" + id;
    }, form -> councilPage(petition, form));
  }

  /** The fields of a paper line left blank, in the order of the form. */
  private static List<String> blank(Form form, PaperLine line) {
    return java.util.stream.Stream.of(line.lastName(), line.firstNames(), line.birthDate())
        .filter(field -> form.typed(field).isBlank()).toList();
  }

  private View paperPage(Petition petition, Form form, Integer recorded) {
    Texts t = texts();
    return views.page("petitions/paper", t.get("paper.title", petition.title()))
        .with("petition", models.facts(petition, t))
        .with("open", paperAccepted() && petition.status() == PetitionStatus.PUBLISHED
            && petition.isOpenForSignatures(java.time.Instant.now()))
        .with("recorded", recorded == null ? "" : t.get("paper.recorded", recorded))
        .with("lines", PetitionWorkPageModels.paperLines())
        .form(form);
  }

  private View councilPage(Petition petition, Form form) {
    Texts t = texts();
    return views.page("petitions/council", t.get("council.title", petition.title()))
        .with("petition", models.facts(petition, t))
        .with("referred", petition.status() == PetitionStatus.REFERRED)
        .with("decisions", PetitionWorkPageModels.decisions(t))
        .form(form);
  }

  private Petition publicPetition(UUID id) {
    Petition petition = petitions.visible(id);
    if (!petition.status().isPublic()) {
      throw org.parvis.spi.problem.ProblemException.notFound("No public petition " + id);
    }
    return petition;
  }

  private boolean paperAccepted() {
    return settings.getBoolean(PetitionsModule.ID, PetitionsModule.PAPER_SIGNATURES);
  }

  private Texts texts() {
    return Texts.of("messages.petitions", views.locale());
  }
}
