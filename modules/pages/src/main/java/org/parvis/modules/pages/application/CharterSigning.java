package org.parvis.modules.pages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.domain.Signature;
import org.parvis.modules.pages.domain.SignatureRepository;
import org.parvis.modules.pages.domain.SignatureRepository.AlreadySigned;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;

/** Verified residents co-sign the tenant's published participation charter, once each. */
@ApplicationScoped
@Transactional
public class CharterSigning {

  @Inject PageEditing pages;
  @Inject SignatureRepository signatures;
  @Inject ModuleSettings settings;

  /** Returns the number of signatures after this one. */
  public long sign(String slug, UUID residentId) {
    requireCharter(slug);
    if (signatures.exists(slug, residentId)) {
      throw alreadySigned();
    }
    try {
      signatures.add(new Signature(slug, residentId));
    } catch (AlreadySigned e) {
      throw alreadySigned();
    }
    return signatures.count(slug);
  }

  public long count(String slug) {
    requireCharter(slug);
    return signatures.count(slug);
  }

  public boolean hasSigned(String slug, UUID residentId) {
    return signatures.exists(slug, residentId);
  }

  private void requireCharter(String slug) {
    pages.publishedPage(slug);
    if (!slug.equals(settings.get(PagesModule.ID, PagesModule.CHARTER_PAGE))) {
      throw ProblemException.notFound(
          "Only the participation charter can be co-signed; '" + slug + "' is not the charter");
    }
  }

  private static ProblemException alreadySigned() {
    return ProblemException.conflict(
        "urn:parvis:problem:already-signed", "You have already co-signed this charter.");
  }
}
