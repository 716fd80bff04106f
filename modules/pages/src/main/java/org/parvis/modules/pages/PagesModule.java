package org.parvis.modules.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.parvis.modules.pages.domain.PageRepository;
import org.parvis.spi.module.DisableDecision;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModuleContext;
import org.parvis.spi.module.ModulePermission;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the pages module: a tenant's own static pages, such as its participation charter.
 * While a charter page is designated and published, the module refuses to be disabled: the
 * charter is the reference the other participation modules point citizens to.
 */
@ApplicationScoped
public class PagesModule implements ParvisModule {

  public static final String ID = "pages";
  public static final String MAX_PAGES = "maxPages";
  public static final String CHARTER_PAGE = "charterPage";
  public static final String EDIT = "pages.edit";

  @Inject PageRepository pages;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Pages", "Pages");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Pages d'information, dont la charte de la participation.",
        "Information pages, including the participation charter.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(
        ModuleSetting.integer(
            MAX_PAGES, LocalizedText.of("Nombre maximal de pages", "Maximum number of pages"),
            20, 1, 200),
        ModuleSetting.text(
            CHARTER_PAGE,
            LocalizedText.of("Page de la charte (identifiant)", "Charter page (slug)"),
            "",
            63));
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(
        new ModulePermission(
            EDIT,
            LocalizedText.of("Rédiger et publier des pages", "Write and publish pages"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Informations", "Information"), "/pages"));
  }

  @Override
  public DisableDecision beforeDisable(ModuleContext context) {
    String charter = context.settings().get(CHARTER_PAGE);
    if (!charter.isEmpty() && pages.bySlug(charter).filter(p -> p.published()).isPresent()) {
      return DisableDecision.refuse(
          LocalizedText.of(
              "La charte de la participation (page « " + charter + " ») est publiée : "
                  + "retirez-la de la charte avant de désactiver les pages.",
              "The participation charter (page '" + charter + "') is published: "
                  + "unset it as charter before disabling pages."));
    }
    return DisableDecision.allow();
  }
}
