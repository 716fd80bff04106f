package org.parvis.modules.budget.demo;

import java.util.List;

/**
 * The current demo edition's projects: realistic proposals for Grenoble, placed where they would
 * be built (inside the city), costed as the city's services would cost them. Pure data, checked
 * by a unit test.
 */
final class GrenobleProjects {

  /** The city-wide envelope's name; the others are Grenoble's six sectors. */
  static final String CITY_WIDE = "Toute la ville";

  static final long CITY_WIDE_AMOUNT = 500_000;
  static final long SECTOR_AMOUNT = 80_000;

  static final List<String> SECTORS =
      List.of("Secteur 1", "Secteur 2", "Secteur 3", "Secteur 4", "Secteur 5", "Secteur 6");

  /** A project: its envelope (a sector or {@link #CITY_WIDE}), what and where, and its cost. */
  record Project(String envelope, String title, String description, String category,
      double latitude, double longitude, long cost) {}

  static final List<Project> FEASIBLE = List.of(
      new Project(CITY_WIDE, "Des fontaines à boire dans les parcs",
          "Installer dix fontaines d'eau potable dans les parcs les plus fréquentés l'été, à"
              + " commencer par le parc Paul-Mistral, pour se rafraîchir sans acheter de"
              + " bouteille.",
          "Nature en ville", 45.1859, 5.7355, 120_000),
      new Project(CITY_WIDE, "Des boîtes à livres dans chaque quartier",
          "Vingt boîtes à livres en bois local, fabriquées avec un chantier d'insertion et"
              + " entretenues avec les bibliothèques municipales.",
          "Culture", 45.1885, 5.7245, 25_000),
      new Project(CITY_WIDE, "Des arceaux vélos abrités près des gares et du tram",
          "Quatre cents places de stationnement vélo abritées autour de la gare, de"
              + " Grand'Place et des principaux arrêts de tram.",
          "Mobilités", 45.1912, 5.7146, 180_000),
      new Project(CITY_WIDE, "Ombrer les cours d'école",
          "Planter des arbres et tendre des voiles d'ombrage dans cinq cours d'école parmi les"
              + " plus chaudes de la ville, choisies avec les conseils d'école.",
          "Nature en ville", 45.1790, 5.7300, 250_000),
      new Project(CITY_WIDE, "Des toilettes publiques le long des quais de l'Isère",
          "Trois sanitaires accessibles aux personnes en fauteuil, ouverts de 7 h à 22 h, entre"
              + " la passerelle Saint-Laurent et le pont de l'Île Verte.",
          "Vivre ensemble", 45.1950, 5.7290, 140_000),
      new Project("Secteur 1", "Un jardin partagé square Saint-Bruno",
          "Des bacs de culture, un récupérateur d'eau de pluie et un abri à outils, confiés à"
              + " l'association des habitants du quartier.",
          "Nature en ville", 45.1887, 5.7122, 35_000),
      new Project("Secteur 1", "Éclairer le passage sous les voies à Berriat",
          "Un éclairage sobre et une fresque pour que le passage piéton sous la voie ferrée ne"
              + " fasse plus peur le soir.",
          "Vivre ensemble", 45.1865, 5.7090, 48_000),
      new Project("Secteur 2", "Des bancs à l'ombre place Notre-Dame",
          "Douze bancs avec dossier et accoudoirs, à l'ombre des platanes, pour les personnes"
              + " âgées du centre-ville.",
          "Vivre ensemble", 45.1927, 5.7310, 30_000),
      new Project("Secteur 2", "Un piano en libre accès au Jardin de ville",
          "Un piano d'extérieur protégé par un abri, accordé deux fois par an, ouvert à tous"
              + " d'avril à octobre.",
          "Culture", 45.1925, 5.7275, 12_000),
      new Project("Secteur 3", "Rénover le terrain multisport de Mistral",
          "Un nouveau revêtement, des paniers de basket et un éclairage à détecteur pour le"
              + " city-stade, dessinés avec les jeunes du quartier.",
          "Sport", 45.1760, 5.7060, 75_000),
      new Project("Secteur 4", "Des composteurs collectifs à l'Île Verte",
          "Six bacs à compost de quartier avec des habitants référents formés par la"
              + " Métropole.",
          "Nature en ville", 45.1935, 5.7440, 18_000),
      new Project("Secteur 4", "Une aire de jeux inclusive au parc Bachelard",
          "Des jeux accessibles aux enfants en situation de handicap, un sol souple et des"
              + " bancs pour les parents.",
          "Vivre ensemble", 45.1800, 5.7400, 65_000),
      new Project("Secteur 5", "Une piste d'apprentissage du vélo à la Capuche",
          "Un petit circuit avec panneaux et feux pour que les enfants apprennent à circuler à"
              + " vélo en sécurité.",
          "Mobilités", 45.1745, 5.7270, 40_000),
      new Project("Secteur 6", "Une fresque participative à la Villeneuve",
          "Une fresque peinte avec les habitants et un collectif d'artistes grenoblois sur le"
              + " mur de la galerie de l'Arlequin.",
          "Culture", 45.1705, 5.7360, 22_000),
      new Project("Secteur 6", "Un atelier de réparation de vélos au Village Olympique",
          "Un local équipé et des permanences hebdomadaires avec une association d'autoréparation.",
          "Mobilités", 45.1725, 5.7445, 28_000));

  /** An idea the services found infeasible, so that the review shows both outcomes. */
  static final Project INFEASIBLE = new Project(CITY_WIDE,
      "Un téléphérique gratuit jusqu'à la Bastille",
      "Rendre gratuit le téléphérique de la Bastille pour tous les Grenoblois.",
      "Mobilités", 45.1930, 5.7260, 900_000);

  static final String INFEASIBLE_REASON = "Le téléphérique est exploité par une société"
      + " d'économie mixte : sa tarification ne relève pas du budget participatif, et le coût"
      + " annuel dépasse l'enveloppe.";

  private GrenobleProjects() {}
}
