package org.parvis.modules.convention.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.Recruitment;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.spi.demo.DemoContent;
import org.parvis.spi.demo.DemoTenant;
import org.parvis.spi.tenant.TenantKind;

/**
 * A citizens' convention of a demo assembly in its recruitment phase, through the module's use
 * cases: open to all, quotas by gender and age, and thirty volunteers already in the pool (the
 * draw is for later, so the newcomer sees the public form and the pool growing).
 */
@ApplicationScoped
public class ConventionDemoContent implements DemoContent {

  static final String TITLE = "Convention citoyenne sur l'eau en Occitanie";
  static final String GENDER = "Genre";
  static final String AGE = "Âge";
  static final int VOLUNTEERS = 30;

  private static final List<String> FIRST_NAMES = List.of("Margaux", "Bastien", "Inès",
      "Théo", "Clara", "Romain", "Yasmine", "Lucas", "Camille", "Antoine");
  private static final List<String> LAST_NAMES = List.of("Castel", "Fabre", "Roux", "Vidal",
      "Marty", "Bousquet");

  @Inject ConventionAdministration administration;
  @Inject Recruitment recruitment;

  @Override
  public String moduleId() {
    return ConventionModule.ID;
  }

  @Override
  public void load(DemoTenant tenant) {
    if (tenant.tenant().kind() != TenantKind.ASSEMBLY) {
      return; // the demo's regional assembly's convention
    }
    LocalDate today = LocalDate.ofInstant(tenant.now(), tenant.tenant().zone());
    Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
    shares.put(GENDER, ordered("Femme", "0.52", "Homme", "0.48"));
    shares.put(AGE, ordered("18 à 34 ans", "0.27", "35 à 59 ans", "0.40", "60 ans et plus",
        "0.33"));
    int panel = 15;
    UUID convention = administration.create(new ConventionAdministration.Setup(TITLE, """
        Sécheresses, nappes basses, partage entre agriculture, industrie et habitants : quinze \
        habitants tirés au sort proposeront à l'Assemblée des règles de partage de l'eau pour \
        les dix prochaines années. L'Assemblée s'engage à répondre à chaque proposition.""",
        panel, QuotaPlan.fromShares(shares, panel, 1), true, today.minusDays(20),
        today.plusDays(25), today.plusDays(32), null)).id();
    administration.openRecruitment(convention);
    for (int i = 0; i < VOLUNTEERS; i++) {
      recruitment.join(convention, new Recruitment.Application(
          LAST_NAMES.get(i % LAST_NAMES.size()), FIRST_NAMES.get(i % FIRST_NAMES.size()),
          LocalDate.of(1950 + (i * 13) % 55, 1 + i % 12, 1 + (i * 5) % 28), null,
          Map.of(GENDER, i % 2 == 0 ? "Femme" : "Homme", AGE, age(i)), true, i % 3 == 0, null,
          null));
    }
  }

  /** Ages spread so that every band has volunteers, more in the middle one. */
  private static String age(int i) {
    return switch (i % 5) {
      case 0, 1 -> "35 à 59 ans";
      case 2, 3 -> i % 2 == 0 ? "60 ans et plus" : "18 à 34 ans";
      default -> "18 à 34 ans";
    };
  }

  private static Map<String, BigDecimal> ordered(String... valuesAndShares) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < valuesAndShares.length; i += 2) {
      map.put(valuesAndShares[i], new BigDecimal(valuesAndShares[i + 1]));
    }
    return map;
  }
}
