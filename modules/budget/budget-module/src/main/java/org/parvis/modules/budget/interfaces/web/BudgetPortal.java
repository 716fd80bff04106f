package org.parvis.modules.budget.interfaces.web;

import static org.parvis.spi.web.Html.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.IdeaBox;
import org.parvis.modules.budget.application.PublishedResults;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.interfaces.rest.CommentResource.CommentBody;
import org.parvis.modules.budget.interfaces.rest.CommentResource.ReportBody;
import org.parvis.modules.budget.interfaces.web.DiscussionHtml.Typed;
import org.parvis.spi.i18n.LocalTimes;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.BudgetProblems.BallotRuleBroken;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.MultipartForm;
import org.parvis.spi.web.PortalLayout;

/**
 * The participatory budget in the portal: editions, their projects, the ballot form and the
 * results. Plain server-rendered HTML: the ballot is native checkboxes or number inputs with
 * labels, the rules in plain words, and works without JavaScript (a small script only keeps a
 * live total).
 */
@Path("/budget")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.TEXT_HTML)
public class BudgetPortal {

  @Inject PortalLayout layout;
  @Inject EditionAdministration editions;
  @Inject IdeaBox ideas;
  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject PublishedResults results;
  @Inject WorksFollowUp works;
  @Inject ProjectPhotos photos;
  @Inject Conversation conversation;
  @Inject Caller caller;
  @Inject BodyValidator edge;
  @Inject CurrentTenant tenant;

  @GET
  public Response index() {
    BudgetMessages m = messages();
    List<Edition> all = editions.all();
    StringBuilder html = new StringBuilder();
    if (all.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.none"))).append("</p>");
    } else {
      html.append("<ul>");
      for (Edition e : all) {
        html.append("<li><a href=\"/budget/").append(e.id()).append("\">").append(escape(e.title()))
            .append("</a> — ").append(escape(m.get("budget.phase." + e.phaseAt(Instant.now()))))
            .append("</li>");
      }
      html.append("</ul>");
    }
    if (moderates()) {
      html.append("<p><a href=\"/budget/moderation\">")
          .append(escape(m.get("budget.moderation.link"))).append("</a></p>");
    }
    if (administers()) {
      html.append("<p><a href=\"/budget/administration\">")
          .append(escape(m.get("budget.admin.link"))).append("</a></p>");
    }
    return layout.page(m.get("budget.title"), html.toString());
  }

  @GET
  @Path("{edition}")
  public Response edition(@PathParam("edition") UUID id) {
    BudgetMessages m = messages();
    Edition edition = editions.edition(id);
    Phase phase = edition.phaseAt(Instant.now());
    List<Idea> all = ideas.ideas(id, false);
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(m.get("budget.currentPhase", m.get("budget.phase." + phase))))
        .append("</p>");
    html.append("<h2>").append(escape(m.get("budget.calendar"))).append("</h2><dl>");
    var c = edition.calendar();
    date(html, m, Phase.IDEA_SUBMISSION, c.submissionOpens());
    date(html, m, Phase.FEASIBILITY_REVIEW, c.reviewOpens());
    date(html, m, Phase.VOTE, c.voteOpens());
    date(html, m, Phase.RESULTS, c.voteCloses());
    date(html, m, Phase.IMPLEMENTATION, c.implementationOpens());
    html.append("</dl>");
    if (phase == Phase.IDEA_SUBMISSION) {
      html.append("<p><a href=\"/budget/").append(id).append("/ideas/new\">")
          .append(escape(m.get("budget.idea.propose"))).append("</a></p>");
    }
    if (administers()) {
      html.append("<p><a href=\"/budget/administration/").append(id).append("\">")
          .append(escape(m.get("budget.admin.editionLink"))).append("</a></p>");
    }
    if (!phase.isAtLeast(Phase.VOTE) && asker().map(Asker::staff).orElse(false)) {
      html.append("<p><a href=\"/budget/").append(id).append("/review\">")
          .append(escape(m.get("budget.review.link"))).append("</a></p>");
    }
    Optional<String> home = caller.verifiedResidentDistrict();
    home.ifPresent(district -> html.append("<p>")
        .append(escape(m.get("budget.yourDistrict", district))).append("</p>"));
    if (phase.isAtLeast(Phase.RESULTS)) {
      html.append("<p><a href=\"/budget/").append(id).append("/results\">")
          .append(escape(m.get("budget.results"))).append("</a></p>");
    }
    boolean projects = phase.isAtLeast(Phase.VOTE);
    html.append(IdeasMap.of(id, all.stream()
        .filter(i -> projects ? i.onBallot() : i.status() != IdeaStatus.MERGED).toList(), projects, m));
    for (Envelope envelope : editions.envelopes(id)) {
      html.append("<section><h2>").append(escape(envelope.name())).append("</h2><p>")
          .append(escape(m.get(envelope.district() ? "budget.envelope.district" : "budget.envelope.city")))
          .append(" — ").append(escape(m.get("budget.amount", envelope.amount()))).append("</p>");
      if (!phase.isAtLeast(Phase.VOTE)) {
        ideasOfEnvelope(html, id, all.stream()
            .filter(i -> i.envelopeId().equals(envelope.id()) && i.status() != IdeaStatus.MERGED)
            .toList(), m);
      } else {
        projectsOfEnvelope(html, id, all.stream()
            .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList(), m);
      }
      if (phase == Phase.VOTE && !home.map(envelope::openToResidentOf).orElse(true)) {
        html.append("<p>").append(escape(m.get("budget.envelope.otherDistrict"))).append("</p>");
      } else if (phase == Phase.VOTE) {
        html.append("<p><a href=\"/budget/").append(id).append("/ballot?envelope=")
            .append(envelope.id()).append("\">").append(escape(m.get("budget.vote")))
            .append(" — ").append(escape(envelope.name())).append("</a></p>");
      }
      if (phase == Phase.VOTE && caller.tenantRoles().contains(TenantRole.STAFF)) {
        html.append("<p><a href=\"/budget/").append(id).append("/paper-ballots?envelope=")
            .append(envelope.id()).append("\">").append(escape(m.get("budget.paper.link")))
            .append(" — ").append(escape(envelope.name())).append("</a></p>");
      }
      html.append("</section>");
    }
    return layout.page(edition.title(), html.toString());
  }

  /** The idea submission form (signed-in people, during the submission phase). */
  @GET
  @Path("{edition}/ideas/new")
  public Response ideaForm(@PathParam("edition") UUID id) {
    return ideaPage(editions.edition(id), Map.of(), null, 200);
  }

  @POST
  @Path("{edition}/ideas")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submitIdea(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = editions.edition(id);
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : List.of("envelope", "title", "description", "category", "estimatedCost",
        "latitude", "longitude")) {
      Optional.ofNullable(form.getFirst(field)).map(String::strip)
          .ifPresent(value -> typed.put(field, value));
    }
    BudgetMessages m = messages();
    try {
      String author = caller.subject()
          .orElseThrow(() -> ProblemException.forbidden("Sign in to propose an idea"));
      var body = IdeaFormFields.body(typed, edge);
      Idea idea = ideas.submit(id, new IdeaBox.Proposal(body.envelopeId(), body.title().strip(),
          body.description().strip(), body.category().strip(), body.latitude(), body.longitude(),
          body.estimatedCost()), author);
      return Response.seeOther(URI.create("/budget/" + id + "/projects/" + idea.id()
          + "?idea=submitted")).build();
    } catch (ProblemException refused) {
      return ideaPage(edition, typed, IdeaFormFields.refusal(refused, m),
          layout.refusalStatus(refused));
    }
  }

  private Response ideaPage(Edition edition, Map<String, String> typed, Refusal refusal,
      int status) {
    BudgetMessages m = messages();
    String main;
    if (edition.phaseAt(Instant.now()) != Phase.IDEA_SUBMISSION) {
      main = "<p>" + escape(m.get("budget.idea.closed")) + "</p>";
    } else if (caller.subject().isEmpty()) {
      main = "<p>" + escape(m.get("budget.idea.signIn")) + "</p>";
    } else {
      main = IdeaFormHtml.of(edition.id(), editions.envelopes(edition.id()), typed, refusal, m,
          layout.formToken());
    }
    return layout.page(status, m.get("budget.idea.pageTitle", edition.title()), main);
  }

  private static void ideasOfEnvelope(StringBuilder html, UUID edition, List<Idea> ideas,
      BudgetMessages m) {
    html.append("<h3>").append(escape(m.get("budget.ideas"))).append("</h3>");
    if (ideas.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.noIdeas"))).append("</p>");
      return;
    }
    html.append("<ul>");
    for (Idea idea : ideas) {
      html.append("<li>").append(link(edition, idea)).append(" — ")
          .append(escape(m.get("budget.estimatedCost", idea.estimatedCost()))).append("</li>");
    }
    html.append("</ul>");
  }

  private static void projectsOfEnvelope(StringBuilder html, UUID edition, List<Idea> projects,
      BudgetMessages m) {
    html.append("<h3>").append(escape(m.get("budget.projects"))).append("</h3>");
    if (projects.isEmpty()) {
      html.append("<p>").append(escape(m.get("budget.noProjects"))).append("</p>");
      return;
    }
    html.append("<ul>");
    for (Idea p : projects) {
      html.append("<li><strong>").append(link(edition, p)).append("</strong> — ")
          .append(escape(m.get("budget.cost", p.finalCost()))).append("<br>")
          .append(escape(p.description())).append("</li>");
    }
    html.append("</ul>");
  }

  private static String link(UUID edition, Idea idea) {
    return "<a href=\"/budget/" + edition + "/projects/" + idea.id() + "\">" + escape(idea.title())
        + "</a>";
  }

  @GET
  @Path("{edition}/ballot")
  public Response ballotForm(@PathParam("edition") UUID id, @QueryParam("envelope") UUID envelopeId,
      @QueryParam("saved") boolean saved) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, envelopeId);
    Map<UUID, Long> mine = caller.verifiedResidentId()
        .flatMap(r -> box.ballotsOf(id, voters.resident(r, Optional::empty)).stream()
            .filter(b -> b.envelopeId().equals(envelope.id())).findFirst())
        .map(b -> b.points())
        .orElse(Map.of());
    return ballotPage(edition, envelope, mine, saved ? "budget.ballot.saved" : null, null, 200);
  }

  @POST
  @Path("{edition}/ballot")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(@PathParam("edition") UUID id, MultivaluedMap<String, String> form) {
    Edition edition = editions.edition(id);
    Envelope envelope = envelope(id, parse(form.getFirst("envelope")));
    Map<UUID, Long> points = choices(form);
    Optional<UUID> resident = caller.verifiedResidentId();
    if (resident.isEmpty()) {
      return ballotPage(edition, envelope, points, null,
          Refusal.of(messages().get("budget.ballot.verify")), 403);
    }
    try {
      box.submit(id, envelope.id(), points,
          voters.resident(resident.get(), caller::verifiedResidentDistrict), Optional.empty());
    } catch (BallotRuleBroken e) {
      return ballotPage(edition, envelope, points, null, Refusal.of(e.violation(), messages()),
          e.status());
    } catch (ProblemException e) {
      String why = BudgetProblems.OTHER_CHANNEL.equals(e.type())
          ? messages().get("budget.ballot.votedOnPaper")
          : messages().get("budget.ballot.rejected", e.getMessage());
      return ballotPage(edition, envelope, points, null, Refusal.of(why), e.status());
    }
    return Response.seeOther(URI.create("/budget/" + id + "/ballot?envelope=" + envelope.id()
        + "&saved=true")).build();
  }

  /** The choices of a posted ballot form: {@code project-<id>=on} or {@code points-<id>=<n>}. */
  static Map<UUID, Long> choices(MultivaluedMap<String, String> form) {
    Map<UUID, Long> points = new LinkedHashMap<>();
    form.forEach((key, values) -> {
      String value = values.isEmpty() ? "" : values.get(0).trim();
      if (key.startsWith("project-")) {
        Optional.ofNullable(parse(key.substring(8))).ifPresent(p -> points.put(p, 1L));
      } else if (key.startsWith("points-") && !value.isEmpty() && !"0".equals(value)) {
        UUID project = parse(key.substring(7));
        if (project != null) {
          try {
            points.put(project, PlainNumbers.whole(value));
          } catch (NumberFormatException e) {
            points.put(project, 0L);
          }
        }
      }
    });
    return points;
  }

  @GET
  @Path("{edition}/results")
  public Response results(@PathParam("edition") UUID id) {
    BudgetMessages m = messages();
    Edition edition = editions.edition(id);
    if (!edition.phaseAt(Instant.now()).isAtLeast(Phase.RESULTS)) {
      return layout.page(m.get("budget.results.title", edition.title()),
          "<p>" + escape(m.get("budget.results.notYet")) + "</p>");
    }
    var computed = results.results(id);
    return layout.page(m.get("budget.results.title", edition.title()),
        ResultsHtml.of(computed, m, layout.language(), zone())
            + FollowUpHtml.list(computed, works.followUps(id), m));
  }

  /** A project (an idea of the edition): what it is, and its follow-up once funded. */
  @GET
  @Path("{edition}/projects/{project}")
  public Response project(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      @QueryParam("photo") String photo, @QueryParam("idea") String idea,
      @QueryParam("done") String done) {
    String notice = "added".equals(photo) ? "budget.photo.added"
        : "submitted".equals(idea) ? "budget.idea.submitted"
        : "supported".equals(done) ? "budget.support.done"
        : "commented".equals(done) ? "budget.comment.done"
        : "reported".equals(done) ? "budget.report.done" : null;
    return projectPage(id, projectId, notice, null, Typed.NOTHING, 200);
  }

  /** Supports the idea (form: {@code csrf}); one support per account. */
  @POST
  @Path("{edition}/projects/{project}/supports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response support(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> form) {
    Idea idea = projectOf(id, projectId);
    try {
      ideas.support(idea.id(), signedIn());
    } catch (ProblemException refused) {
      return discussionRefused(id, projectId, refused, new Typed(DiscussionHtml.SUPPORT, null));
    }
    return discussionDone(id, projectId, "supported");
  }

  /** Comments on the idea (form: {@code csrf}, {@code body}). */
  @POST
  @Path("{edition}/projects/{project}/comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> form) {
    Idea idea = projectOf(id, projectId);
    String body = form.getFirst("body");
    try {
      String author = signedIn();
      conversation.comment(idea.id(), author, edge.check(new CommentBody(body)).body().strip());
    } catch (ProblemException refused) {
      return discussionRefused(id, projectId, refused, new Typed(DiscussionHtml.COMMENT, body));
    }
    return discussionDone(id, projectId, "commented");
  }

  /**
   * Reports the idea, or one of its comments when the form names it (form: {@code csrf}, {@code
   * reason}, {@code comment}?), to moderators; once per account and item.
   */
  @POST
  @Path("{edition}/projects/{project}/reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response report(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      MultivaluedMap<String, String> form) {
    Idea idea = projectOf(id, projectId);
    UUID comment = parse(form.getFirst("comment"));
    String reason = form.getFirst("reason");
    Typed typed = new Typed(comment == null ? DiscussionHtml.REPORT_IDEA
        : DiscussionHtml.reportName(comment), reason);
    try {
      String reporter = signedIn();
      String why = edge.check(new ReportBody(reason)).reason().strip();
      if (comment == null) {
        conversation.reportIdea(idea.id(), reporter, why);
      } else if (conversation.comments(idea.id(), false).stream()
          .anyMatch(c -> c.id().equals(comment))) {
        conversation.reportComment(comment, reporter, why);
      } else {
        throw ProblemException.notFound("No such comment on this idea");
      }
    } catch (ProblemException refused) {
      return discussionRefused(id, projectId, refused, typed);
    }
    return discussionDone(id, projectId, "reported");
  }

  private String signedIn() {
    return caller.subject().orElseThrow(() -> ProblemException.forbidden("Sign in first"));
  }

  private Response discussionRefused(UUID id, UUID projectId, ProblemException refused,
      Typed typed) {
    return projectPage(id, projectId, null, DiscussionHtml.refusal(refused, messages()), typed,
        layout.refusalStatus(refused));
  }

  private static Response discussionDone(UUID id, UUID projectId, String done) {
    return Response.seeOther(URI.create("/budget/" + id + "/projects/" + projectId + "?done="
        + done + "#discussion")).build();
  }

  /**
   * Adds a photo from the project page's forms (multipart: {@code csrf}, {@code for} = {@code
   * idea} or {@code works}, {@code photo}, {@code alt}); a refusal shows the page again with its
   * reason and the alternative text typed.
   */
  @POST
  @Path("{edition}/projects/{project}/photos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addPhoto(@PathParam("edition") UUID id, @PathParam("project") UUID projectId,
      List<EntityPart> parts) {
    MultipartForm form = new MultipartForm(parts);
    Idea project = projectOf(id, projectId);
    String target = PhotoFormHtml.WORKS.equals(form.field("for"))
        ? PhotoFormHtml.WORKS : PhotoFormHtml.IDEA;
    String alt = form.field("alt");
    try {
      var upload = PhotoUpload.of(form.file("photo", "photo"), alt);
      Asker asker = asker().orElseThrow(() -> ProblemException.forbidden("Sign in first"));
      if (PhotoFormHtml.WORKS.equals(target)) {
        if (!asker.staff()) {
          throw ProblemException.forbidden("Only staff add photos of the works");
        }
        photos.addToWorks(project.id(), upload.filename(), upload.content(), upload.alt(), asker);
      } else {
        photos.addToIdea(project.id(), upload.filename(), upload.content(), upload.alt(), asker);
      }
    } catch (ProblemException refused) {
      return projectPage(id, projectId, null, PhotoUpload.refusal(refused, messages()),
          new Typed(target, alt), layout.refusalStatus(refused));
    }
    return Response.seeOther(URI.create("/budget/" + id + "/projects/" + projectId
        + "?photo=added")).build();
  }

  private Response projectPage(UUID id, UUID projectId, String noticeKey, Refusal refusal,
      Typed typed, int status) {
    String refusedTarget = typed.form();
    String altTyped = typed.text();
    boolean photoForm = PhotoFormHtml.IDEA.equals(refusedTarget)
        || PhotoFormHtml.WORKS.equals(refusedTarget);
    BudgetMessages m = messages();
    Idea project = projectOf(id, projectId);
    StringBuilder html = new StringBuilder();
    if (noticeKey != null) {
      html.append("<p role=\"status\">").append(escape(m.get(noticeKey))).append("</p>");
    }
    if (refusal != null) {
      // Focused on arrival, as the ballot's refusal: the next Tab leads back into the form.
      html.append("<p role=\"alert\" id=\"").append(photoForm ? "photo-error" : "discussion-error")
          .append("\" tabindex=\"-1\" autofocus>")
          .append(escape(refusal.text())).append("</p>");
    }
    html.append("<p>").append(escape(project.description())).append("</p>");
    html.append("<p>").append(escape(project.finalCost() != null
        ? m.get("budget.cost", project.finalCost())
        : m.get("budget.estimatedCost", project.estimatedCost()))).append("</p>");
    html.append(FollowUpHtml.photos(photos.ofIdea(projectId), m.get("budget.project.photos")));
    Optional<Asker> asker = asker();
    boolean author = asker.map(a -> a.subject().equals(project.authorSubject())).orElse(false);
    boolean staff = asker.map(Asker::staff).orElse(false);
    if (author || staff) {
      html.append(PhotoFormHtml.of(id, projectId, PhotoFormHtml.IDEA,
          PhotoFormHtml.IDEA.equals(refusedTarget) ? altTyped : null, m, layout.formToken()));
    }
    var report = works.reportIfFunded(projectId);
    report.ifPresentOrElse(
        r -> html.append(FollowUpHtml.section(r, m)),
        () -> {
          if (editions.edition(id).phaseAt(Instant.now()).isAtLeast(Phase.RESULTS)) {
            html.append("<p>").append(escape(m.get("budget.project.notFunded"))).append("</p>");
          }
        });
    if (report.isPresent() && staff) {
      html.append("<p><a href=\"/budget/projects/").append(projectId)
          .append("/follow-up/edit\">").append(escape(m.get("budget.works.link")))
          .append("</a></p>");
      html.append(PhotoFormHtml.of(id, projectId, PhotoFormHtml.WORKS,
          PhotoFormHtml.WORKS.equals(refusedTarget) ? altTyped : null, m, layout.formToken()));
    }
    html.append(DiscussionHtml.of(id, projectId, project.supports(),
        conversation.comments(projectId, moderates()), asker.isPresent(),
        photoForm ? Typed.NOTHING : typed, m, layout.formToken()));
    return layout.page(status, project.title(), html.toString());
  }

  private Idea projectOf(UUID edition, UUID projectId) {
    Idea project = ideas.idea(projectId, false);
    if (!project.editionId().equals(edition)) {
      throw ProblemException.notFound("No such project in this edition");
    }
    return project;
  }

  /** Moderators also see hidden comments (with their reason in place of the text). */
  private boolean moderates() {
    var roles = caller.tenantRoles();
    return roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.MODERATOR);
  }

  private boolean administers() {
    return caller.tenantRoles().contains(TenantRole.ADMIN);
  }

  /** The signed-in caller as the photos see them; empty when anonymous. */
  private Optional<Asker> asker() {
    var roles = caller.tenantRoles();
    return caller.subject().map(subject -> new Asker(subject,
        roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.STAFF)));
  }

  private Response ballotPage(Edition edition, Envelope envelope, Map<UUID, Long> chosen,
      String notice, Refusal refusal, int status) {
    BudgetMessages m = messages();
    Phase phase = edition.phaseAt(Instant.now());
    List<Idea> projects = ideas.ideas(edition.id(), false).stream()
        .filter(i -> i.envelopeId().equals(envelope.id()) && i.onBallot()).toList();
    boolean otherDistrict = envelope.district() && caller.verifiedResidentDistrict()
        .map(home -> !envelope.openToResidentOf(home)).orElse(false);
    String main = BallotFormHtml.of(edition, envelope, projects, chosen, m,
        phase != Phase.VOTE ? "budget.ballot.closed"
            : otherDistrict ? "budget.envelope.otherDistrict" : null,
        caller.verifiedResidentId().isPresent() ? null : "budget.ballot.verify",
        notice, refusal, layout.formToken());
    return Response.fromResponse(layout.page(m.get("budget.ballot.title", envelope.name()), main))
        .status(status).build();
  }

  private Envelope envelope(UUID edition, UUID envelopeId) {
    return editions.envelopes(edition).stream()
        .filter(e -> e.id().equals(envelopeId))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No such envelope"));
  }

  private static UUID parse(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** When a phase opens, on the tenant's clocks. */
  private void date(StringBuilder html, BudgetMessages m, Phase phase, Instant opens) {
    html.append("<dt>").append(escape(m.get("budget.phase." + phase))).append("</dt><dd>")
        .append(LocalTimes.dateTimeHtml(opens, zone(), m.locale())).append("</dd>");
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }

  private BudgetMessages messages() {
    return BudgetMessages.in(layout.language());
  }

  static boolean cumulative(Edition edition) {
    return edition.rules().kind() == BallotKind.CUMULATIVE;
  }
}
