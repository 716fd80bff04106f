package org.parvis.core.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parvis.spi.files.Attachments;
import org.parvis.spi.files.StoredFile;
import org.parvis.spi.geo.Area;
import org.parvis.spi.problem.ProblemException;

/** Reading and editing the current tenant's home page: its welcome text and its banner. */
@ApplicationScoped
@Transactional
public class HomeContents {

  /** Attachments are owned by a module id; the home page's are the platform's. */
  static final String OWNER = "home";

  static final String NOT_AN_IMAGE = "urn:parvis:problem:banner-not-jpeg-or-png";
  static final String ALT_REQUIRED = "urn:parvis:problem:banner-alt-required";

  private static final Set<String> BANNER_TYPES = Set.of("image/jpeg", "image/png");

  @PersistenceContext EntityManager em;
  @Inject Attachments attachments;

  /** The banner as the page shows it. */
  public record Banner(UUID file, String url, String alt) {}

  /** The home page as written: a welcome text (empty for the platform's default), perhaps a banner and an area. */
  public record Current(String welcome, Optional<Banner> banner, Optional<Area> area) {}

  public Current current() {
    return find().map(c -> new Current(c.welcome(), c.bannerFile().flatMap(attachments::find)
            .map(f -> new Banner(f.id(), f.url(), c.bannerAlt())), c.area()))
        .orElse(new Current("", Optional.empty(), Optional.empty()));
  }

  /** The area the tenant's maps cover, if its administrators set one. */
  public Optional<Area> area() {
    return find().flatMap(HomeContent::area);
  }

  /**
   * Writes the home page: the welcome text; a new banner image ({@code image}, JPEG or PNG, stored as the
   * platform stores every image, without its metadata) or none; {@code removeBanner} takes the banner away. A
   * banner always has its text alternative. {@code area} ({@code null}: none) bounds the points placed on maps.
   */
  public Current edit(String welcome, Optional<Upload> image, String alt, boolean removeBanner, Area area) {
    HomeContent content = find().orElseGet(() -> {
      HomeContent created = new HomeContent(welcome);
      em.persist(created);
      return created;
    });
    content.welcome(welcome);
    content.area(area);
    Optional<UUID> previous = content.bannerFile();
    boolean keeps = image.isEmpty() && !removeBanner && previous.isPresent();
    if ((image.isPresent() || keeps) && (alt == null || alt.isBlank())) {
      throw ProblemException.invalidField(ALT_REQUIRED, "bannerAlt", "A banner needs its text alternative");
    }
    if (image.isPresent()) {
      StoredFile stored = attachments.store(OWNER, image.get().filename(), image.get().content());
      if (!BANNER_TYPES.contains(stored.contentType())) {
        throw ProblemException.invalidField(NOT_AN_IMAGE, "banner", "The banner must be a JPEG or PNG image");
      }
      content.banner(stored.id(), alt);
      previous.ifPresent(attachments::delete);
    } else if (removeBanner) {
      content.banner(null, null);
      previous.ifPresent(attachments::delete);
    } else {
      content.describeBanner(alt);
    }
    return current();
  }

  /** An image sent for the banner. */
  public record Upload(String filename, byte[] content) {}

  private Optional<HomeContent> find() {
    return em.createQuery("select c from HomeContent c", HomeContent.class).getResultStream().findFirst();
  }
}
