package org.parvis.modules.consultations.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parvis.modules.consultations.ConsultationsModule;
import org.parvis.modules.consultations.application.Answering;
import org.parvis.modules.consultations.application.Organizing;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Condition;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Option;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.QuestionType;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Section;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoPerson;
import org.parvis.spi.demo.DemoTenant;

/**
 * The consultations of a demo commune: one open on the redesign of the place Saint-Bruno (nine questions of every
 * type, answered by the demo residents, results shown while open), one closed on the cycling plan with its results
 * and conclusions. Demo answers are keyed by account ({@code account:<subject>}): the platform gives demo people
 * by account, not by verified identity.
 */
@ApplicationScoped
public class ConsultationsDemo implements DemoContent {

  static final List<String> GRADES = List.of("Très bien", "Bien", "Assez bien", "Passable", "Insuffisant",
      "À rejeter");

  @Inject Organizing organizing;
  @Inject Answering answering;

  @Override
  public String moduleId() {
    return ConsultationsModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    Instant now = tenant.now();
    List<DemoPerson> people = tenant.verifiedResidents().isEmpty() ? tenant.people() : tenant.verifiedResidents();

    Consultation square = organizing.create(new Consultation.Terms("Réaménagement de la place Saint-Bruno",
        "La place Saint-Bruno sera refaite en 2027 : sols, arbres, circulation et marché.\n"
            + "Le budget (1,2 million d'euros) et le maintien du marché du matin sont décidés ; tout le reste est"
            + " ouvert. Dites-nous comment vous vivez la place et ce que vous en attendez.",
        now.minus(Duration.ofDays(6)), now.plus(Duration.ofDays(24)), Audience.VERIFIED_RESIDENTS, List.of(),
        false, true), squareQuestionnaire());
    for (int i = 0; i < people.size(); i++) {
      answering.record(square.id(), "account:" + people.get(i).subject(), squareAnswers(i));
    }

    Consultation bikes = organizing.create(new Consultation.Terms("Plan vélo : quelles pistes en priorité ?",
        "La Ville prépare son plan vélo pour 2026-2030. Quelles liaisons aménager d'abord, et quels services"
            + " vous manquent ?",
        now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(60)), Audience.ANYONE, List.of(), true, false),
        bikesQuestionnaire());
    for (int i = 0; i < people.size(); i++) {
      answering.record(bikes.id(), "account:" + people.get(i).subject(), bikesAnswers(i));
    }
    organizing.publishConclusions(bikes.id(), "Ce que nous avons entendu : la liaison Grands Boulevards –"
        + " gare arrive en tête des priorités, et le stationnement sécurisé des vélos est le service le plus"
        + " demandé.\nCe que nous avons décidé : la liaison Grands Boulevards – gare sera aménagée en 2026 ;"
        + " 400 arceaux et deux abris sécurisés seront installés près des gares et des écoles d'ici l'été.");
  }

  static Questionnaire squareQuestionnaire() {
    return new Questionnaire(List.of(
        new Section("Vos usages de la place", "Comment vivez-vous la place aujourd'hui ?", List.of(
            question("q1", QuestionType.SINGLE_CHOICE, "À quelle fréquence passez-vous par la place ?", true, 0, 0,
                List.of(), null, "Tous les jours", "Plusieurs fois par semaine", "Rarement"),
            question("q2", QuestionType.SCALE, "Vous sentez-vous bien sur la place aujourd'hui ?", true, 0, 5,
                List.of(), null),
            question("q3", QuestionType.MULTIPLE_CHOICE, "Qu'aimeriez-vous y trouver ?", false, 1, 3, List.of(),
                null, "Des arbres et de l'ombre", "Des jeux pour enfants", "Des bancs", "Une fontaine",
                "Des arceaux à vélo"))),
        new Section("Le projet", "", List.of(
            question("q4", QuestionType.RANKING, "Classez ces priorités", false, 0, 0, List.of(), null,
                "Végétaliser", "Apaiser la circulation", "Animer la place"),
            question("q5", QuestionType.GRID, "Que pensez-vous des trois esquisses ?", false, 0, 0, GRADES, null,
                "Esquisse A « Jardin »", "Esquisse B « Place ouverte »", "Esquisse C « Halle couverte »"),
            question("q6", QuestionType.SINGLE_CHOICE, "Faut-il garder le stationnement sur la place ?", true, 0, 0,
                List.of(), null, "Oui", "Non", "Une partie seulement"),
            question("q7", QuestionType.SHORT_TEXT, "Où les voitures devraient-elles stationner ?", false, 0, 0,
                List.of(), new Condition("q6", "o2")),
            question("q8", QuestionType.MAP_POINT, "Où placeriez-vous la fontaine ?", false, 0, 0, List.of(), null),
            question("q9", QuestionType.LONG_TEXT, "Autre chose à nous dire ?", false, 0, 0, List.of(), null)))));
  }

  static Map<String, Answer> squareAnswers(int i) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("q1", new Answer.Choices(List.of("o" + (1 + i % 3))));
    answers.put("q2", new Answer.Scale(1 + (i * 2) % 5));
    answers.put("q3", new Answer.Choices(i % 2 == 0 ? List.of("o1", "o4") : List.of("o2", "o3", "o5")));
    answers.put("q4", new Answer.Choices(i % 3 == 0 ? List.of("o1", "o3", "o2") : List.of("o2", "o1", "o3")));
    answers.put("q5", new Answer.Grades(Map.of("o1", 5 - i % 3, "o2", 3 - i % 2, "o3", 1 + i % 3)));
    answers.put("q6", new Answer.Choices(List.of(i % 2 == 0 ? "o2" : "o3")));
    if (i % 2 == 0) {
      answers.put("q7", new Answer.Text(i % 4 == 0 ? "Au parking de la rue Nicolas-Chorier"
          : "Dans les rues autour, avec des places livraison"));
    }
    answers.put("q8", new Answer.Point(45.1901 + i * 0.0001, 5.7101 + i * 0.0001));
    if (i % 3 == 1) {
      answers.put("q9", new Answer.Text("Pensez aux personnes âgées : des bancs à l'ombre, près du marché."));
    }
    return answers;
  }

  static Questionnaire bikesQuestionnaire() {
    return new Questionnaire(List.of(new Section("Le plan vélo", "", List.of(
        question("q1", QuestionType.RANKING, "Classez les liaisons à aménager d'abord", true, 0, 0, List.of(), null,
            "Grands Boulevards – gare", "Campus – centre-ville", "Échirolles – Grenoble", "Quais de l'Isère"),
        question("q2", QuestionType.MULTIPLE_CHOICE, "Quels services vous manquent ?", false, 1, 2, List.of(), null,
            "Stationnement sécurisé", "Ateliers de réparation", "Location longue durée"),
        question("q3", QuestionType.LONG_TEXT, "Vos remarques", false, 0, 0, List.of(), null)))));
  }

  static Map<String, Answer> bikesAnswers(int i) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("q1", new Answer.Choices(i % 3 == 2 ? List.of("o2", "o1", "o4", "o3")
        : List.of("o1", "o2", "o3", "o4")));
    answers.put("q2", new Answer.Choices(i % 2 == 0 ? List.of("o1") : List.of("o1", "o2")));
    if (i % 2 == 1) {
      answers.put("q3", new Answer.Text("Des pistes séparées des voitures, et éclairées l'hiver."));
    }
    return answers;
  }

  private static Question question(String id, QuestionType type, String label, boolean required, int min, int max,
      List<String> grades, Condition condition, String... options) {
    List<Option> list = new ArrayList<>();
    for (int i = 0; i < options.length; i++) {
      list.add(new Option("o" + (i + 1), options[i]));
    }
    return new Question(id, type, label, "", required, list, min, max, grades, Optional.ofNullable(condition));
  }
}
