package org.parvis.modules.worksites.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.worksites.WorksitesModule;
import org.parvis.modules.worksites.application.Person;
import org.parvis.modules.worksites.application.ShiftBooking;
import org.parvis.modules.worksites.application.WorksitePlanning;
import org.parvis.modules.worksites.domain.GeoPoint;
import org.parvis.modules.worksites.domain.ItemSource;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteItem;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoResidents;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;

/**
 * Open worksites of a demo commune, through the module's use cases: two upcoming, with shifts,
 * materials and volunteers registered, and one completed last month with its volunteers'
 * attendance (so its volunteer hours show).
 */
@ApplicationScoped
public class WorksitesDemoContent implements DemoContent {

  static final String RIVERBANKS = "Nettoyage des berges de l'Isère";
  static final String HEDGE = "Plantation d'une haie au parc Bachelard";
  static final String BENCHES = "Peinture des bancs du square Saint-Bruno";

  @Inject WorksitePlanning planning;
  @Inject ShiftBooking booking;
  @Inject DemoResidents residents;

  @Override
  public String moduleId() {
    return WorksitesModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.COMMUNE) {
      return; // the demo's commune content (Grenoble's places and institutions)
    }
    ZoneId zone = tenant.tenant().zone();
    LocalDate today = LocalDate.ofInstant(tenant.now(), zone);
    List<UUID> volunteers = new ArrayList<>();
    for (DemoPerson person : tenant.verifiedResidents()) {
      residents.residentId(person).ifPresent(volunteers::add);
    }

    Worksite banks = planning.create(new Worksite.Details(RIVERBANKS, """
        Ramassage des déchets le long de l'Isère, du pont de la Citadelle à la passerelle \
        Saint-Laurent, avec l'association des riverains. Les déchets sont triés sur place.""",
        GeoPoint.of(45.1960, 5.7250), "Quai Stéphane-Jay, devant le jardin des Dauphins",
        "Service propreté urbaine", "Chaussures fermées. On ne descend pas dans l'eau.", null,
        "Aucune : on vous explique tout sur place."));
    planning.addItem(banks.id(), "Gants de jardinage", 30, ItemSource.COMMUNE);
    planning.addItem(banks.id(), "Sacs de tri", 60, ItemSource.COMMUNE);
    // A volunteer's item is brought by one volunteer: each of these is pledged by one of them.
    List<WorksiteItem> pledged = List.of(
        planning.addItem(banks.id(), "Pinces à déchets", 10, ItemSource.VOLUNTEER),
        planning.addItem(banks.id(), "Brouette", 1, ItemSource.VOLUNTEER));
    Shift saturday = planning.addShift(banks.id(), at(today.plusDays(4), 9, zone),
        at(today.plusDays(4), 12, zone), 20);
    planning.addShift(banks.id(), at(today.plusDays(4), 14, zone),
        at(today.plusDays(4), 17, zone), 20);
    for (int i = 0; i < volunteers.size() && i < 5; i++) {
      Person volunteer = new Person(volunteers.get(i), null);
      booking.register(saturday.id(), i % 3, true, volunteer);
      if (i < pledged.size()) {
        planning.pledge(banks.id(), pledged.get(i).id(), volunteer);
      }
    }

    Worksite hedge = planning.create(new Worksite.Details(HEDGE, """
        Planter quatre-vingts mètres de haie champêtre (noisetiers, cornouillers, charmes) le \
        long de l'aire de jeux, avec les jardiniers de la Ville.""",
        GeoPoint.of(45.1800, 5.7400), "Parc Bachelard, entrée rue Ampère", "Direction des espaces"
            + " verts", "Outils fournis ; gants obligatoires.", 12,
        "Savoir manier une bêche, ou avoir envie d'apprendre."));
    planning.addItem(hedge.id(), "Plants de haie", 160, ItemSource.COMMUNE);
    planning.addItem(hedge.id(), "Bêches", 15, ItemSource.COMMUNE);
    for (int week = 1; week <= 2; week++) {
      LocalDate day = today.plusDays(7L * week + 2);
      Shift shift = planning.addShift(hedge.id(), at(day, 9, zone), at(day, 12, zone), 12);
      for (int i = week; i < volunteers.size(); i += 3) {
        booking.register(shift.id(), 0, true, new Person(volunteers.get(i), null));
      }
    }

    Worksite benches = planning.create(new Worksite.Details(BENCHES, """
        Poncer et repeindre les douze bancs du square, avec les enfants du centre de loisirs \
        pour les couleurs.""",
        GeoPoint.of(45.1887, 5.7122), "Square Saint-Bruno", "Maison des habitants Chorier-Berriat",
        "Peinture sans solvant ; masques fournis pour le ponçage.", null, null));
    LocalDate past = today.minusDays(30);
    for (int half = 0; half < 2; half++) {
      Shift shift = planning.addShift(benches.id(), at(past, 9 + 5 * half, zone),
          at(past, 12 + 5 * half, zone), 10);
      for (int i = half; i < volunteers.size(); i += 2) {
        int companions = i % 3 == 0 ? 1 : 0;
        booking.recordHeld(shift.id(), volunteers.get(i), companions, 1 + companions);
      }
    }
    planning.complete(benches.id(), "Les douze bancs sont repeints en vert amande et bleu"
        + " canard. Merci aux bénévoles et aux enfants du centre de loisirs !");
  }

  private static Instant at(LocalDate day, int hour, ZoneId zone) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
  }
}
