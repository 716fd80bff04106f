package org.parvis.modules.consent.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A proposal's page: its text, the current round and the answers so far, every earlier round as the record, the
 * outcome once decided. A member answers (an objection needs its reason); the proposer amends it to address the
 * objections, or adopts it once the round has a consent and no objection. Others get 403, as from the API.
 */
@Path("/consent/proposals/{id}")
@ModuleEndpoint(ConsentModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ProposalPages {

  @Inject ConsentProcess process;
  @Inject ConsentPageModels models;
  @Inject ConsentAccess access;
  @Inject PortalViews views;

  @GET
  public Response proposal(@PathParam("id") UUID id) {
    return access.guarded(() -> {
      LocalDate until = LocalDate.now(models.zone()).plusDays(CirclePages.DEFAULT_DAYS);
      return page(read(id), Form.prefilled(Map.of("amendDeadline", until.toString()))).response();
    });
  }

  /** The member's answer to the current round. */
  @POST
  @Path("answer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      ConsentProposal proposal = read(id);
      return views.submit(Form.of(posted), form -> {
        AnswerKind kind = form.choice("kind", AnswerKind.class);
        Optional<String> reason = form.optionalParagraphs("reason", 5_000);
        if (kind == AnswerKind.OBJECTION && reason.isEmpty() && form.error("reason").isEmpty()) {
          form.refuse("reason", "reason.required");
        }
        form.requireValid();
        process.answer(id, access.subject(), kind, reason.orElse(null));
        return "/consent/proposals/" + id;
      }, form -> page(proposal, form));
    });
  }

  /** The proposer's new version, saying how it addresses the objections: a new round. */
  @POST
  @Path("amendment")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      ConsentProposal proposal = read(id);
      return views.submit(Form.of(posted), form -> {
        String text = form.paragraphs("amendText", 20_000);
        String addresses = form.paragraphs("addresses", 5_000);
        Instant deadline = models.lastDay(form, "amendDeadline");
        form.requireValid();
        process.amend(id, access.subject(), text, addresses, deadline);
        return "/consent/proposals/" + id;
      }, form -> page(proposal, form));
    });
  }

  @POST
  @Path("adoption")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response adopt(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return access.guarded(() -> {
      ConsentProposal proposal = read(id);
      return views.submit(Form.of(posted), form -> {
        process.adopt(id, access.subject());
        return "/consent/proposals/" + id;
      }, form -> page(proposal, form));
    });
  }

  private ConsentProposal read(UUID id) {
    return process.get(id, access.subject(), access.administrator());
  }

  private View page(ConsentProposal proposal, Form form) {
    var t = access.texts();
    return views.page("consent/proposal", proposal.title())
        .with("proposal", models.proposal(proposal, access.subject(), t))
        .form(form);
  }
}
