package org.parvis.modules.budget.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.application.Conversation;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.ProjectPhotos;
import org.parvis.modules.budget.application.ProjectPhotos.Asker;
import org.parvis.modules.budget.application.WorksFollowUp;
import org.parvis.modules.budget.application.WorksFollowUp.Report;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.Photo;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;

/**
 * The view model of a project's page (an idea of the edition): what it is, its photos, its follow-up once funded,
 * the forms to add photos, and its discussion (supports, comments, reports). A refused form is named by {@code
 * refused}: it comes back with what was typed (a report form open), the others empty.
 */
@RequestScoped
public class ProjectPageModels {

  /** The names of the page's forms, as a refusal names the one to show again. */
  static final String SUPPORT = "support";
  static final String COMMENT = "comment";
  static final String REPORT_IDEA = "report-idea";
  static final String PHOTO_IDEA = "idea";
  static final String PHOTO_WORKS = "works";

  @Inject EditionAdministration editions;
  @Inject ProjectPhotos photos;
  @Inject WorksFollowUp works;
  @Inject Conversation conversation;

  /** A project's page; {@code refusal} is said in the alert whose id is {@code refusalId}. */
  public record ProjectPage(UUID edition, UUID id, String notice, String refusal, String refusalId,
      String description, String cost, List<PhotoView> photos, PhotoForm ideaPhoto, FollowUpView followUp,
      boolean notFunded, boolean worksLink, PhotoForm worksPhoto, Discussion discussion) {}

  /** A photo (an image, shown) or another file (a link named by its description). */
  public record PhotoView(String url, String alt, boolean image) {}

  /** A form adding a photo to the idea or to the works; {@code alt} is what was typed. */
  public record PhotoForm(String target, String legend, String alt) {}

  /** A funded project's follow-up. */
  public record FollowUpView(String status, String statusLabel, int progress, String progressLabel,
      String abandoned, List<MilestoneView> milestones, List<PhotoView> photos) {}

  public record MilestoneView(String title, LocalDate plannedOn, LocalDate reachedOn) {}

  /** The discussion: supports, the idea's report form, comments, the comment typed. */
  public record Discussion(String supports, boolean signedIn, ReportForm reportIdea, List<CommentView> comments,
      String comment) {}

  /** A comment: its text, or why the moderation hid it; its report form. */
  public record CommentView(UUID id, boolean hidden, String text, ReportForm report) {}

  /** A report form, in a {@code details} open when it was refused. */
  public record ReportForm(String name, UUID comment, String summary, boolean open, String reason) {}

  public ProjectPage page(Idea project, String noticeKey, Form form, String refused, Optional<Asker> asker,
      boolean moderates, BudgetMessages m) {
    UUID id = project.id();
    boolean photoRefused = PHOTO_IDEA.equals(refused) || PHOTO_WORKS.equals(refused);
    boolean author = asker.map(a -> a.subject().equals(project.authorSubject())).orElse(false);
    boolean staff = asker.map(Asker::staff).orElse(false);
    Optional<Report> report = works.reportIfFunded(id);
    boolean results = editions.edition(project.editionId()).phaseAt(Instant.now()).isAtLeast(Phase.RESULTS);
    return new ProjectPage(project.editionId(), id, noticeKey == null ? null : m.get(noticeKey),
        refusal(form, photoRefused, m), photoRefused ? "photo-error" : "discussion-error", project.description(),
        project.finalCost() != null ? m.get("budget.cost", project.finalCost())
            : m.get("budget.estimatedCost", project.estimatedCost()),
        photos(photos.ofIdea(id)), author || staff ? photoForm(PHOTO_IDEA, refused, form, m) : null,
        report.map(r -> followUp(r, m)).orElse(null), report.isEmpty() && results, report.isPresent() && staff,
        report.isPresent() && staff ? photoForm(PHOTO_WORKS, refused, form, m) : null,
        discussion(project, asker.isPresent(), moderates, photoRefused ? null : refused, form, m));
  }

  private Discussion discussion(Idea project, boolean signedIn, boolean moderates, String refused, Form form,
      BudgetMessages m) {
    List<CommentView> comments = conversation.comments(project.id(), moderates).stream()
        .map(c -> c.hidden()
            ? new CommentView(c.id(), true, m.get("budget.comment.hidden", c.hiddenReason()), null)
            : new CommentView(c.id(), false, c.body(),
                report("report-" + c.id(), c.id(), "budget.report.comment", refused, form, m)))
        .toList();
    return new Discussion(m.get("budget.supports", project.supports()), signedIn,
        report(REPORT_IDEA, null, "budget.report.idea", refused, form, m), comments,
        COMMENT.equals(refused) ? form.typed("body") : "");
  }

  private static ReportForm report(String name, UUID comment, String summaryKey, String refused, Form form,
      BudgetMessages m) {
    boolean open = name.equals(refused);
    return new ReportForm(name, comment, m.get(summaryKey), open, open ? form.typed("reason") : "");
  }

  private static PhotoForm photoForm(String target, String refused, Form form, BudgetMessages m) {
    return new PhotoForm(target, m.get("budget.photo.add." + target), target.equals(refused) ? form.typed("alt") : "");
  }

  static List<PhotoView> photos(List<Photo> photos) {
    return photos.stream().map(p -> new PhotoView(p.url(), p.altText(), p.contentType().startsWith("image/")))
        .toList();
  }

  private static FollowUpView followUp(Report report, BudgetMessages m) {
    FollowUp f = report.followUp();
    return new FollowUpView(f.status().name(), m.get("budget.followUp.status." + f.status()), f.progress(),
        m.get("budget.followUp.progress", f.progress()),
        f.abandonReason() == null ? null : m.get("budget.followUp.abandoned", f.abandonReason()),
        report.milestones().stream().map(s -> new MilestoneView(s.title(), s.plannedOn(), s.reachedOn())).toList(),
        photos(report.photos()));
  }

  /**
   * Why a photo or a discussion form was refused, in one sentence; a refusal of the binder (a blank or too long
   * text) or of the rights says what the page asks.
   */
  private static String refusal(Form form, boolean photo, BudgetMessages m) {
    Optional<FieldError> first = Refusals.first(form);
    if (first.isEmpty()) {
      return null;
    }
    FieldError error = first.get();
    Texts texts = Texts.of("messages.budget", m.locale());
    boolean forbidden = "problem.403".equals(error.key());
    if (photo) {
      String reason = forbidden ? m.get("budget.photo.refused.forbidden")
          : Refusals.binder(error) ? m.get("budget.photo.refused.alt") : Refusals.text(error, texts);
      return m.get("budget.photo.refused", reason);
    }
    String reason = forbidden ? m.get("budget.discussion.refused.signIn")
        : Refusals.binder(error) ? m.get("budget.discussion.refused.empty") : Refusals.text(error, texts);
    return m.get("budget.discussion.refused", reason);
  }
}
