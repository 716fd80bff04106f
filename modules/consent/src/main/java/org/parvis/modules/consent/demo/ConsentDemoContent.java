package org.parvis.modules.consent.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.Circles;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.Circle;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoTenant;

/**
 * The circles of a demo collective and their decisions by consent, through the module's use
 * cases: a general circle with a decision adopted after an objection was answered by an
 * amendment, and an events circle with a proposal still collecting answers. Every demo person
 * sits in the general circle, so that each demo login sees the decisions.
 */
@ApplicationScoped
public class ConsentDemoContent implements DemoContent {

  static final String GENERAL = "Cercle général";
  static final String EVENTS = "Cercle événements";
  static final String ADOPTED = "Ouvrir le local associatif le samedi matin";
  static final String OPEN = "Une fête de quartier le premier samedi de juin";

  private static final Duration DAY = Duration.ofDays(1);

  @Inject Circles circles;
  @Inject ConsentProcess consent;

  @Override
  public String moduleId() {
    return ConsentModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    List<String> people = tenant.people().stream().map(p -> p.subject().toString()).toList();
    if (people.size() < 3) {
      return; // a consent decision needs a proposer, an objector and others consenting
    }
    Instant now = tenant.now();
    Circle general = circles.create(GENERAL);
    Circle events = circles.create(EVENTS);
    people.forEach(s -> circles.add(general.id(), s));
    people.subList(0, Math.min(4, people.size())).forEach(s -> circles.add(events.id(), s));

    String proposer = people.get(0);
    UUID adopted = consent.propose(GENERAL, ADOPTED, """
        Le local est fermé le week-end. Je propose de l'ouvrir le samedi de 9 h à 12 h pour le \
        café des voisins et la permanence d'aide aux démarches, avec deux bénévoles à chaque \
        fois.""", proposer, now.plus(DAY.multipliedBy(7))).id();
    consent.answer(adopted, people.get(1), AnswerKind.OBJECTION, """
        Deux bénévoles ne suffisent pas si la permanence est prise : personne pour le café.""");
    consent.answer(adopted, people.get(2), AnswerKind.CONSENT, null);
    consent.amend(adopted, proposer, """
        Le local ouvre le samedi de 9 h à 12 h avec trois bénévoles : deux pour le café des \
        voisins, un pour la permanence d'aide aux démarches. Un planning partagé est affiché \
        dans le local.""", "Un troisième bénévole, pour que le café ne soit jamais laissé seul.",
        now.plus(DAY.multipliedBy(7)));
    for (int i = 1; i < people.size(); i++) {
      consent.answer(adopted, people.get(i), i == people.size() - 1 && people.size() > 3
          ? AnswerKind.STAND_ASIDE : AnswerKind.CONSENT, null);
    }
    consent.adopt(adopted, proposer);

    UUID open = consent.propose(EVENTS, OPEN, """
        Une fête de quartier dans la cour de l'école, avec un repas partagé, une scène ouverte \
        et un atelier de réparation de vélos. Le collectif demande la cour à la mairie avant \
        fin mars.""", people.get(1), now.plus(DAY.multipliedBy(6))).id();
    consent.answer(open, people.get(0), AnswerKind.CONSENT, null);
    consent.answer(open, people.get(2), AnswerKind.CONSENT, null);
  }
}
