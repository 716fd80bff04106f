package org.parvis.modules.petitions.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.parvis.modules.petitions.PetitionsModule;
import org.parvis.modules.petitions.application.PetitionReading;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;

/** Petitions on the home page: those open for signatures with their count, and the council's answers. */
@ApplicationScoped
public class PetitionHappenings implements Happenings {

  @Inject PetitionReading reading;

  @Override
  public String moduleId() {
    return PetitionsModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    return items(reading.publicPetitions(), id -> reading.counts(id).signatures(), Clock.systemUTC().instant(),
        Texts.of("messages.petitions", locale));
  }

  static List<Happening> items(List<Petition> petitions, ToLongFunction<java.util.UUID> signatures, Instant now,
      Texts t) {
    List<Happening> items = new ArrayList<>();
    for (Petition p : petitions) {
      String path = "/petitions/" + p.id();
      PetitionStatus status = p.statusAt(now);
      if (status == PetitionStatus.PUBLISHED) {
        items.add(Happening.openNow(p.title(), path, t.get("signatures", signatures.applyAsLong(p.id()),
            p.threshold().orElse(0L)), p.closesAt().orElseThrow()));
      } else if (status == PetitionStatus.ANSWERED && p.answeredAt().isPresent()) {
        items.add(Happening.result(p.title(), path, t.get("home.answered"), p.answeredAt().get()));
      }
    }
    return items;
  }
}
