package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.OfficialFunction;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionSupport;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.module.ModuleSettings;

/**
 * Demo content of the questions module: a directory of five (fictional) officials, a past and a coming council
 * session, and questions in every state — awaiting moderation, rejected with its reason, merged, collecting
 * supports, expired, selected and overdue, on the coming session's agenda, answered at the past one with its video.
 * The history is written through the aggregates' own steps, dated around {@link DemoTenant#now()}.
 *
 * <p>Askers and supporters are keyed like real people, by a 64-hex-digit key, but the SPI gives no person key for a
 * demo person (a {@code DemoPerson} has no verified-resident id): they get keys of their own, derived from their
 * account subject, so a demo person can still support a question from the portal as themselves.
 */
@ApplicationScoped
public class QuestionsDemoContent implements DemoContent {

  @Inject QuestionRepository questions;
  @Inject ModuleSettings settings;

  @Override
  public String moduleId() {
    return QuestionsModule.ID;
  }

  @Override
  public void load(DemoTenant demo) {
    Instant now = demo.now();
    ZoneId zone = demo.tenant().zone();
    long threshold = settings.getLong(QuestionsModule.ID, QuestionsModule.THRESHOLD);
    Duration collection = Duration.ofDays(settings.getLong(QuestionsModule.ID, QuestionsModule.COLLECTION_DAYS));

    LocalDate termStart = LocalDate.of(2020, 7, 3);
    ElectedOfficial mayor = official("Claire Vasseur", OfficialFunction.MAYOR, "Administration générale, sécurité",
        termStart);
    ElectedOfficial mobility = official("Karim Benali", OfficialFunction.DEPUTY_MAYOR,
        "Mobilités, voirie et espaces publics", termStart);
    ElectedOfficial schools = official("Hélène Morel", OfficialFunction.DEPUTY_MAYOR,
        "Écoles, restauration scolaire et jeunesse", termStart);
    ElectedOfficial sports = official("Lucas Faure", OfficialFunction.DEPUTY_MAYOR,
        "Sports et équipements sportifs", termStart);
    official("Nadia Ferrand", OfficialFunction.COUNCILLOR, "Quartier Villeneuve – Village Olympique", termStart);

    Instant pastStart = at(now.minus(30, ChronoUnit.DAYS), zone);
    CouncilSession past = new CouncilSession(pastStart, "Salle du conseil municipal, hôtel de ville, 11 boulevard"
        + " Jean-Pain");
    past.publishVideo("https://video.example.org/grenoble/conseil-municipal");
    questions.add(past);
    CouncilSession coming = new CouncilSession(at(now.plus(12, ChronoUnit.DAYS), zone),
        "Salle du conseil municipal, hôtel de ville, 11 boulevard Jean-Pain");
    questions.add(coming);

    String[] askers = askerKeys(demo);

    Question answered = asked(askers[0], sports, "Quand la piscine Jean-Bron ouvrira-t-elle le soir ?",
        "La piscine ferme à 19 h en semaine. Beaucoup d'entre nous travaillent jusqu'à 18 h 30 : une ouverture"
            + " jusqu'à 21 h deux soirs par semaine est-elle prévue ?", now.minus(80, ChronoUnit.DAYS));
    answered.publish(threshold, collection, now.minus(79, ChronoUnit.DAYS));
    supports(answered, threshold, now.minus(60, ChronoUnit.DAYS));
    reached(answered, threshold, now.minus(60, ChronoUnit.DAYS));
    answered.schedule(past, pastStart.minus(14, ChronoUnit.DAYS));
    answered.answer("La piscine Jean-Bron ouvrira jusqu'à 21 h le mardi et le jeudi à partir de la rentrée de"
            + " janvier. Deux maîtres-nageurs supplémentaires sont recrutés pour ces créneaux.",
        LocalDate.ofInstant(pastStart, zone), "https://video.example.org/grenoble/conseil-municipal", 2_730,
        pastStart.plus(1, ChronoUnit.HOURS));

    Question scheduled = asked(askers[1], mobility, "Un passage piéton sécurisé devant l'école Jean-Racine",
        "Les enfants traversent la rue à la sortie de l'école sans feu ni passage surélevé. La ville peut-elle"
            + " aménager ce carrefour ?", now.minus(40, ChronoUnit.DAYS));
    scheduled.publish(threshold, collection, now.minus(39, ChronoUnit.DAYS));
    supports(scheduled, threshold, now.minus(20, ChronoUnit.DAYS));
    reached(scheduled, threshold, now.minus(20, ChronoUnit.DAYS));
    scheduled.schedule(coming, now.minus(5, ChronoUnit.DAYS));

    Question overdue = asked(askers[2], schools, "Des repas végétariens deux fois par semaine à la cantine ?",
        "Plusieurs parents souhaitent un deuxième repas végétarien hebdomadaire dans les écoles. Qu'en pense la"
            + " municipalité et dans quel délai ?", now.minus(120, ChronoUnit.DAYS));
    overdue.publish(threshold, collection, now.minus(118, ChronoUnit.DAYS));
    overdue.select(now.minus(100, ChronoUnit.DAYS));

    Question collecting = asked(askers[0], null, "Plus de bancs et de fontaines le long des quais de l'Isère",
        "Les promeneurs âgés ne trouvent nulle part où s'asseoir entre la passerelle Saint-Laurent et le pont"
            + " de la Citadelle, et il n'y a aucune fontaine l'été.", now.minus(10, ChronoUnit.DAYS));
    collecting.publish(threshold, collection, now.minus(9, ChronoUnit.DAYS));
    supports(collecting, Math.max(1, threshold / 3), now.minus(3, ChronoUnit.DAYS));

    Question expired = asked(askers[1], mayor, "Renommer la place du marché de l'Estacade",
        "Le nom actuel n'évoque rien aux habitants : pourrait-on consulter le quartier sur un nouveau nom ?",
        now.minus(150, ChronoUnit.DAYS));
    expired.publish(threshold, Duration.ofDays(60), now.minus(148, ChronoUnit.DAYS));
    supports(expired, Math.max(1, threshold / 5), now.minus(120, ChronoUnit.DAYS));

    Question duplicate = asked(askers[2], mobility, "Sécuriser la traversée devant l'école Jean-Racine",
        "Il manque un passage piéton protégé à la sortie de l'école.", now.minus(38, ChronoUnit.DAYS));
    duplicate.mergeInto(scheduled);

    Question rejected = asked(askers[1], null, "Pourquoi le tram A est-il si souvent en retard ?",
        "Le tram A a eu du retard trois matins cette semaine.", now.minus(15, ChronoUnit.DAYS));
    rejected.reject("Le réseau de tram est géré par le syndicat des mobilités de l'agglomération (SMMAG), et non"
        + " par la commune : adressez-lui cette question.");

    asked(askers[0], schools, "Un abri à vélos à l'école Vaucanson",
        "Les élèves qui viennent à vélo les attachent aux grilles, sous la pluie.", now.minus(1, ChronoUnit.DAYS));
  }

  private ElectedOfficial official(String name, OfficialFunction function, String delegations, LocalDate start) {
    ElectedOfficial official = new ElectedOfficial(name, function, delegations, start, null);
    questions.add(official);
    return official;
  }

  private Question asked(String asker, ElectedOfficial official, String title, String text, Instant at) {
    Question question = new Question(asker, official == null ? null : official.id(), title, text, null, at);
    questions.add(question);
    return question;
  }

  /** Selected by its supports, or by the staff if the tenant's collection period is shorter than the demo's. */
  private static void reached(Question question, long supports, Instant at) {
    if (!question.selectIfThresholdReached(supports, at)) {
      question.select(at);
    }
  }

  /** {@code count} supports of people who are not among the demo accounts, given at {@code at}. */
  private void supports(Question question, long count, Instant at) {
    for (long i = 0; i < count; i++) {
      questions.add(new QuestionSupport(question.id(), key("supporter:" + question.id() + ":" + i), null, at));
    }
  }

  /** Three askers: the demo's verified residents first (keyed from their account), then people of the commune. */
  private static String[] askerKeys(DemoTenant demo) {
    String[] keys = new String[3];
    var residents = demo.verifiedResidents();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i < residents.size() ? key("person:" + residents.get(i).subject())
          : key("resident:" + demo.tenant().id() + ":" + i);
    }
    return keys;
  }

  /** A session starts at 18:00, the tenant's time. */
  private static Instant at(Instant day, ZoneId zone) {
    return LocalDate.ofInstant(day, zone).atTime(18, 0).atZone(zone).toInstant();
  }

  static String key(String seed) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(("parvis-demo:" + seed).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
