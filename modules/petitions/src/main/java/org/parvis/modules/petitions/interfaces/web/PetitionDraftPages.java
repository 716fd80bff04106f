package org.parvis.modules.petitions.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PetitionDrafting;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * "Lancer une pétition": a verified resident drafts a petition, sees their petitions, invites co-signers by sending
 * them the draft's link, and submits it to moderation; an invited resident co-signs from that link. The rules stay
 * in {@link PetitionDrafting}.
 */
@Path("/petitions/drafts")
@ModuleEndpoint(PetitionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class PetitionDraftPages {

  @Inject PetitionDrafting drafting;
  @Inject PetitionReading petitions;
  @Inject PetitionWorkPageModels models;
  @Inject PortalViews views;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  public Response mine() {
    return start(Form.empty()).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draft(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String title = form.text("title", 200);
      String body = form.paragraphs("body", 20_000);
      UUID author = resident();
      form.requireValid();
      return "/petitions/drafts/" + drafting.draft(title, body, author, caller.email()).id();
    }, this::start);
  }

  @GET
  @Path("{id}")
  public Response draft(@PathParam("id") UUID id) {
    return page(petitions.draftToCosign(id), Form.empty()).response();
  }

  /** The author submits the draft to moderation; an invited resident co-signs it. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Petition petition = petitions.draftToCosign(id);
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("submit", "cosign"));
      form.requireValid();
      UUID resident = resident();
      if ("submit".equals(action)) {
        drafting.submit(id, resident);
        return "/petitions/" + id;
      }
      drafting.cosign(id, resident, form.checked("keepInformed") ? caller.email() : java.util.Optional.empty());
      return "/petitions/drafts/" + id;
    }, form -> page(petition, form));
  }

  private View start(Form form) {
    Texts t = texts();
    var resident = caller.verifiedResidentId();
    return views.page("petitions/drafts", t.get("draft.title"))
        .with("mine", resident.map(r -> models.mine(r, t)).orElse(List.of()))
        .form(form);
  }

  private View page(Petition petition, Form form) {
    Texts t = texts();
    String link = uri.getBaseUriBuilder().path("petitions/drafts/" + petition.id()).build().toString();
    return views.page("petitions/draft", petition.title()).with("draft", models.draft(petition, link, t)).form(form);
  }

  private UUID resident() {
    return caller.verifiedResidentId().orElseThrow(() -> new ProblemException(403,
        "urn:parvis:problem:residency-verification-required", "Forbidden", "Verify your residency first"));
  }

  private Texts texts() {
    return Texts.of("messages.petitions", views.locale());
  }
}
