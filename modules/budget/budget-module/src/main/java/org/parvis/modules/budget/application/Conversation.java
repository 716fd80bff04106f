package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.domain.Comment;
import org.parvis.modules.budget.domain.Discussion;
import org.parvis.modules.budget.domain.Discussion.Reported;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.spi.problem.ProblemException;

/** Comments on ideas, reports of ideas and comments, and the moderators' view of them. */
@ApplicationScoped
@Transactional
public class Conversation {

  @Inject Discussion discussion;
  @Inject EditionRepository editions;

  public Comment comment(UUID ideaId, String author, String body) {
    requireVisibleIdea(ideaId);
    Comment comment = new Comment(ideaId, author, body);
    discussion.add(comment);
    return comment;
  }

  public List<Comment> comments(UUID ideaId, boolean includeHidden) {
    requireVisibleIdea(ideaId);
    return discussion.comments(ideaId).stream().filter(c -> includeHidden || !c.hidden()).toList();
  }

  public void reportIdea(UUID ideaId, String reporter, String reason) {
    requireVisibleIdea(ideaId);
    report("idea", ideaId, reporter, reason);
  }

  public void reportComment(UUID commentId, String reporter, String reason) {
    discussion.comment(commentId).filter(c -> !c.hidden())
        .orElseThrow(() -> ProblemException.notFound("No such comment"));
    report("comment", commentId, reporter, reason);
  }

  /** One comment, hidden or not (for moderators). */
  public Comment commentById(UUID commentId) {
    return discussion.comment(commentId)
        .orElseThrow(() -> ProblemException.notFound("No such comment"));
  }

  public Comment hideComment(UUID commentId, String reason) {
    Comment comment = discussion.comment(commentId)
        .orElseThrow(() -> ProblemException.notFound("No such comment"));
    comment.hide(reason);
    return comment;
  }

  public List<Reported> reported() {
    return discussion.reported();
  }

  private void report(String kind, UUID id, String reporter, String reason) {
    if (!discussion.report(kind, id, reporter, reason)) {
      throw ProblemException.conflict("urn:parvis:problem:budget-already-reported",
          "You already reported this " + kind);
    }
  }

  private void requireVisibleIdea(UUID ideaId) {
    editions.idea(ideaId).filter(i -> !i.hidden()).orElseThrow(BudgetProblems::noIdea);
  }
}
