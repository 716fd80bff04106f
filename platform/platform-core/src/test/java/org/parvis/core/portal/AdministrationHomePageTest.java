package org.parvis.core.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.portal.AdministrationHomePage.Section;
import org.parvis.spi.module.AdministrationEntry;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

class AdministrationHomePageTest {

  private static ParvisModule module(String name, AdministrationEntry... entries) {
    return new ParvisModule() {
      @Override public String id() { return name.toLowerCase(Locale.ROOT); }
      @Override public LocalizedText name() { return LocalizedText.of(name, name + " (en)"); }
      @Override public LocalizedText description() { return LocalizedText.of("d", "d"); }
      @Override public List<AdministrationEntry> administration() { return List.of(entries); }
    };
  }

  private static AdministrationEntry entry(String path, TenantRole... roles) {
    return new AdministrationEntry(LocalizedText.of("Page " + path, "Page " + path),
        LocalizedText.of("Ce qu'on y fait", "What is done there"), path, Set.of(roles));
  }

  private static final List<ModuleState> STATES = List.of(
      new ModuleState(module("Budget", entry("/budget/administration", TenantRole.ADMIN),
          entry("/budget/moderation", TenantRole.ADMIN, TenantRole.MODERATOR)), true, Map.of()),
      new ModuleState(module("Chantiers", entry("/worksites/staff", TenantRole.ADMIN, TenantRole.STAFF)), true,
          Map.of()),
      new ModuleState(module("Convention", entry("/convention/admin", TenantRole.ADMIN)), false, Map.of()));

  @Test
  void eachRoleSeesThePagesItMayOpenOfTheEnabledModules() {
    List<Section> admin = AdministrationHomePage.sections(STATES, Set.of(TenantRole.ADMIN), Locale.FRENCH);
    assertEquals(List.of("Budget", "Chantiers"), admin.stream().map(Section::module).toList(),
        "a disabled module's pages are not listed");
    assertEquals(2, admin.get(0).links().size());
    List<Section> moderator = AdministrationHomePage.sections(STATES, Set.of(TenantRole.MODERATOR), Locale.FRENCH);
    assertEquals(1, moderator.size());
    assertEquals("/budget/moderation", moderator.get(0).links().get(0).path());
    assertTrue(AdministrationHomePage.sections(STATES, Set.of(TenantRole.CITIZEN), Locale.FRENCH).isEmpty());
  }

  @Test
  void theHomeLinksEachPageWithWhatIsDoneThere() {
    var sections = AdministrationHomePage.sections(STATES, Set.of(TenantRole.STAFF), Locale.FRENCH);
    String html = new PortalTemplates().render("admin-home",
        Map.of("m", Messages.of("fr"), "sections", sections, "admin", false, "staff", true,
            "waiting", "une demande en attente"));
    assertTrue(html.contains("<h2 id=\"section-1\">Chantiers</h2>"), html);
    assertTrue(html.contains("<a href=\"/worksites/staff\">Page /worksites/staff</a> — Ce qu&#39;on y fait"), html);
    assertFalse(html.contains("/admin/modules"), "only administrators configure modules: " + html);
    String forAdmin = new PortalTemplates().render("admin-home",
        Map.of("m", Messages.of("fr"), "sections", List.of(), "admin", true, "staff", true,
            "waiting", "aucune demande en attente"));
    assertTrue(forAdmin.contains("<a href=\"/admin/modules\">"), forAdmin);
    assertTrue(forAdmin.contains("<a href=\"/admin/residency\">"), forAdmin);
    assertTrue(forAdmin.contains("<a href=\"/admin/residency/census\">"), forAdmin);
  }

  @Test
  void staffFindTheResidencyRequestsWaitingAndNotTheSettings() {
    String html = new PortalTemplates().render("admin-home",
        Map.of("m", Messages.of("fr"), "sections", List.of(), "admin", false, "staff", true,
            "waiting", "2 demandes en attente"));
    assertTrue(html.contains("<h2 id=\"residency-title\">Résidence</h2>"), html);
    assertTrue(html.contains("<a href=\"/admin/residency/requests\">Demandes de vérification</a> — 2 demandes en attente"),
        html);
    assertFalse(html.contains("href=\"/admin/residency\""), html);
    String moderator = new PortalTemplates().render("admin-home",
        Map.of("m", Messages.of("fr"), "sections", List.of(), "admin", false, "staff", false, "waiting", ""));
    assertFalse(moderator.contains("residency"), moderator);
  }
}
