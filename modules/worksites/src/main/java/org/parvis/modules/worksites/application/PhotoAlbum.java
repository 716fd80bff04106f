package org.parvis.modules.worksites.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.domain.Photo;
import org.parvis.modules.worksites.domain.PhotoKind;
import org.parvis.modules.worksites.domain.PhotoRepository;
import org.parvis.modules.worksites.domain.ReportRepository;
import org.parvis.modules.worksites.domain.WorksiteRepository;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;

/**
 * Photos: residents add them to an open report, staff add before/after photos to a worksite. The
 * platform checks and keeps the file (only images are accepted here) in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PhotoAlbum {

  @Inject Attachments attachments;
  @Inject PhotoRepository photos;
  @Inject ReportRepository reports;
  @Inject WorksiteRepository worksites;

  public Photo addToReport(UUID reportId, String filename, byte[] content, String caption,
      Person person) {
    var report = reports.lockById(reportId).orElseThrow(() -> WorksiteProblems.notFound("report", reportId));
    WorksitePlanning.apply(() -> {
      report.requireOpen();
      return report;
    });
    StoredFile file = storeImage(filename, content);
    Photo photo = WorksitePlanning.apply(() -> Photo.ofReport(reportId, file.id(), caption,
        person.id(), Clock.systemUTC().instant()));
    photos.add(photo);
    return photo;
  }

  public Photo addToReport(UUID reportId, PhotoUpload upload, Person person) {
    requireCaption(upload.caption());
    return addToReport(reportId, upload.filename(), upload.content(), upload.caption(), person);
  }

  public Photo addToWorksite(UUID worksiteId, PhotoKind kind, PhotoUpload upload) {
    requireCaption(upload.caption());
    return addToWorksite(worksiteId, kind, upload.filename(), upload.content(), upload.caption());
  }

  /** A caption is the photo's text alternative: 1 to 300 characters on one line. */
  static void requireCaption(String caption) {
    if (caption == null || caption.isBlank() || caption.length() > 300 || caption.contains("\n")) {
      throw org.parvis.spi.problem.ProblemException.invalidField("urn:parvis:problem:invalid-request",
          "caption", "a caption of 1 to 300 characters on one line describes the photo");
    }
  }

  public Photo addToWorksite(UUID worksiteId, PhotoKind kind, String filename, byte[] content,
      String caption) {
    worksites.byId(worksiteId).orElseThrow(() -> WorksiteProblems.notFound("worksite", worksiteId));
    StoredFile file = storeImage(filename, content);
    Photo photo = WorksitePlanning.apply(() -> Photo.ofWorksite(worksiteId, kind, file.id(),
        caption, Clock.systemUTC().instant()));
    photos.add(photo);
    return photo;
  }

  public List<Photo> ofReport(UUID reportId) {
    return photos.ofReport(reportId);
  }

  public List<Photo> ofWorksite(UUID worksiteId) {
    return photos.ofWorksite(worksiteId);
  }

  /** Where browsers fetch the photo's image (the platform serves the file). */
  public String url(Photo photo) {
    return attachments.find(photo.fileId()).map(StoredFile::url).orElse(null);
  }

  private StoredFile storeImage(String filename, byte[] content) {
    StoredFile file = attachments.store(WorksitesModule.ID, filename, content);
    if (!file.isImage()) {
      throw new org.parvis.spi.problem.ProblemException(415, "urn:parvis:problem:unsupported-media-type",
          "Unsupported Media Type", "A photo is a JPEG, PNG or WebP image");
    }
    return file;
  }
}
