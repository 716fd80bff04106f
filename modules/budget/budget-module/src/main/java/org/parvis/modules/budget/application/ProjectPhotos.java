package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.FollowUpRepository;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.Photo;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.problem.ProblemException;

/**
 * Photos (or PDF documents) of ideas — added and removed by the idea's author or by staff — and of
 * funded projects' works — by staff. The platform's {@link Attachments} keeps and checks the
 * files (JPEG, PNG, WebP or PDF, at most 10 MB); each photo keeps its alternative text.
 */
@ApplicationScoped
@Transactional
public class ProjectPhotos {

  @Inject EditionRepository editions;
  @Inject FollowUpRepository photos;
  @Inject WorksFollowUp works;
  @Inject Attachments attachments;

  /** Who asks: their subject, and whether they are staff (or an administrator). */
  public record Asker(String subject, boolean staff) {}

  public List<Photo> ofIdea(UUID ideaId) {
    visibleIdea(ideaId);
    return photos.photos(ideaId, Photo.Purpose.IDEA);
  }

  public Photo addToIdea(UUID ideaId, String filename, byte[] content, String altText,
      Asker asker) {
    Idea idea = visibleIdea(ideaId);
    requireAuthorOrStaff(idea, asker);
    return store(ideaId, Photo.Purpose.IDEA, filename, content, altText, asker);
  }

  public void removeFromIdea(UUID ideaId, UUID photoId, Asker asker) {
    Idea idea = visibleIdea(ideaId);
    requireAuthorOrStaff(idea, asker);
    remove(ideaId, photoId, Photo.Purpose.IDEA);
  }

  /** A photo of a funded project's works (staff only: the resource checks the role). */
  public Photo addToWorks(UUID ideaId, String filename, byte[] content, String altText,
      Asker asker) {
    works.followUpOf(ideaId);
    return store(ideaId, Photo.Purpose.FOLLOW_UP, filename, content, altText, asker);
  }

  public void removeFromWorks(UUID ideaId, UUID photoId) {
    works.funded(ideaId);
    remove(ideaId, photoId, Photo.Purpose.FOLLOW_UP);
  }

  private Photo store(UUID ideaId, Photo.Purpose purpose, String filename, byte[] content,
      String altText, Asker asker) {
    StoredFile file = attachments.store(BudgetModule.ID, filename, content);
    Photo photo = new Photo(ideaId, purpose, file.id(), file.contentType(), altText,
        asker.subject());
    photos.add(photo);
    return photo;
  }

  private void remove(UUID ideaId, UUID photoId, Photo.Purpose purpose) {
    Photo photo = photos.photo(photoId)
        .filter(p -> p.ideaId().equals(ideaId) && p.purpose() == purpose)
        .orElseThrow(() -> ProblemException.notFound("No such photo"));
    photos.remove(photo);
    attachments.delete(photo.fileId());
  }

  private Idea visibleIdea(UUID ideaId) {
    Idea idea = editions.idea(ideaId).orElseThrow(BudgetProblems::noIdea);
    if (idea.hidden()) {
      throw BudgetProblems.noIdea();
    }
    return idea;
  }

  private static void requireAuthorOrStaff(Idea idea, Asker asker) {
    if (!asker.staff() && !idea.authorSubject().equals(asker.subject())) {
      throw ProblemException.forbidden("Only the idea's author or staff may change its photos");
    }
  }
}
