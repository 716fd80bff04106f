package org.parvis.modules.pages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parvis.modules.pages.PagesModule;
import org.parvis.modules.pages.domain.Page;
import org.parvis.modules.pages.domain.PageRepository;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.ProblemException;

/** Writing, publishing and reading the current tenant's pages. */
@ApplicationScoped
@Transactional
public class PageEditing {

  @Inject PageRepository pages;
  @Inject ModuleSettings settings;

  /** Creates or revises the page {@code slug}. */
  public Page save(String slug, String title, String body, boolean published) {
    Page page = pages.bySlug(slug).orElse(null);
    if (page == null) {
      long max = settings.getLong(PagesModule.ID, PagesModule.MAX_PAGES);
      if (pages.count() >= max) {
        throw ProblemException.conflict(
            "urn:parvis:problem:pages-limit",
            "This tenant allows at most " + max + " pages (setting " + PagesModule.MAX_PAGES + ")");
      }
      try {
        page = new Page(slug, title, body);
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField(
            "urn:parvis:problem:invalid-request", "slug", e.getMessage());
      }
      pages.add(page);
    } else {
      page.revise(title, body);
    }
    if (published) {
      page.publish();
    } else {
      page.unpublish();
    }
    return page;
  }

  public void delete(String slug) {
    pages.remove(require(slug));
  }

  public List<Page> published() {
    return pages.all().stream().filter(Page::published).toList();
  }

  public List<Page> all() {
    return pages.all();
  }

  public Page publishedPage(String slug) {
    return pages
        .bySlug(slug)
        .filter(Page::published)
        .orElseThrow(() -> ProblemException.notFound("No page '" + slug + "'"));
  }

  private Page require(String slug) {
    return pages.bySlug(slug).orElseThrow(() -> ProblemException.notFound("No page '" + slug + "'"));
  }
}
