package org.parvis.modules.worksites;

import org.parvis.spi.module.AdministrationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModulePermission;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.security.TenantRole;

/**
 * Manifest of the open worksites module (chantiers ouverts): residents report a concrete need
 * (a path to clear, a wall to paint), others support it; staff accept it as a worksite with dated
 * shifts, residents register with their companions, a waiting list fills the places freed by
 * cancellations, staff record attendance, and the volunteer hours are published.
 */
@ApplicationScoped
public class WorksitesModule implements ParvisModule {

  public static final String ID = "worksites";
  /** Address shown as the organizer of the calendar invitations. */
  public static final String ORGANIZER_EMAIL = "organizerEmail";
  /** Hours before a shift when the reminder is sent. */
  public static final String REMINDER_HOURS = "reminderHours";
  public static final String MAX_COMPANIONS = "maxCompanions";
  /**
   * The commune's centre, {@code "latitude, longitude"}: the approximate point of a report located
   * only in words. Blank: a report needs its coordinates.
   */
  public static final String AREA_CENTRE = "areaCentre";
  public static final String TRIAGE = "worksites.triage";
  public static final String MODERATE = "worksites.moderate";
  public static final String ORGANIZE = "worksites.organize";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("Chantiers ouverts", "Open worksites");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "Les habitants signalent des besoins concrets, la commune les réalise avec eux.",
        "Residents point out concrete works; the commune does them together with them.");
  }

  @Override
  public List<ModuleSetting> settings() {
    return List.of(
        ModuleSetting.text(ORGANIZER_EMAIL,
            LocalizedText.of("Adresse de l'organisateur des invitations", "Organizer address of invitations"),
            "chantiers@parvis.localhost", 254),
        ModuleSetting.integer(REMINDER_HOURS,
            LocalizedText.of("Rappel avant le créneau (heures)", "Reminder before the shift (hours)"),
            48, 1, 24 * 14),
        ModuleSetting.integer(MAX_COMPANIONS,
            LocalizedText.of("Accompagnants par inscription", "Companions per registration"),
            4, 0, 20),
        ModuleSetting.text(AREA_CENTRE,
            LocalizedText.of("Centre de la commune (latitude, longitude) pour les signalements sans point",
                "Centre of the commune (latitude, longitude) for reports without a point"),
            "", 60));
  }

  @Override
  public List<ModulePermission> permissions() {
    return List.of(
        new ModulePermission(TRIAGE,
            LocalizedText.of("Trier les signalements", "Triage reports"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)),
        new ModulePermission(MODERATE,
            LocalizedText.of("Modérer les signalements", "Moderate reports"),
            Set.of(TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF)),
        new ModulePermission(ORGANIZE,
            LocalizedText.of("Organiser les chantiers et pointer les présences",
                "Organize worksites and record attendance"),
            Set.of(TenantRole.ADMIN, TenantRole.STAFF)));
  }

  @Override
  public List<NavigationEntry> navigation() {
    return List.of(new NavigationEntry(LocalizedText.of("Chantiers ouverts", "Open worksites"), "/worksites"));
  }

  @Override
  public List<AdministrationEntry> administration() {
    return List.of(
        new AdministrationEntry(LocalizedText.of("Chantiers ouverts : agents", "Open worksites: staff"),
            LocalizedText.of("Trier les signalements, décrire les chantiers, créneaux, pointage, modération.",
                "Triage reports, describe worksites, shifts, check-in, moderation."),
            "/worksites/staff", Set.of(TenantRole.ADMIN, TenantRole.STAFF)),
        new AdministrationEntry(LocalizedText.of("Chantiers ouverts : modération", "Open worksites: moderation"),
            LocalizedText.of("Les signalements jugés abusifs par des habitants, à masquer ou rétablir.",
                "Reports residents flagged as abusive, to hide or restore."),
            "/worksites/staff/moderation", Set.of(TenantRole.ADMIN, TenantRole.MODERATOR)));
  }
}
