package org.parvis.modules.votations.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.VotationReading;
import org.parvis.modules.votations.application.VotationReading.Summary;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;

/** Votations on the home page: votes open (and, for a verified resident, not yet cast), coming and closed. */
@ApplicationScoped
public class VotationHappenings implements Happenings {

  @Inject VotationReading reading;

  @Override
  public String moduleId() {
    return VotationsModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    return items(reading.all(visitor.verifiedResidentId()), Texts.of("messages.votations", locale));
  }

  static List<Happening> items(List<Summary> summaries, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (Summary s : summaries) {
      Votation v = s.votation();
      String path = "/votations/" + v.id();
      switch (s.status()) {
        case "OPEN" -> {
          items.add(Happening.openNow(v.question(), path, t.get("participants", s.participants()), v.closesAt()));
          if (Boolean.FALSE.equals(s.hasVoted())) {
            items.add(Happening.waitingForYou(t.get("home.vote", v.question()), path, t.get("home.voteNote"),
                v.closesAt()));
          }
        }
        case "UPCOMING" -> items.add(Happening.upcoming(v.question(), path, t.get("home.opens"), v.opensAt()));
        default -> items.add(Happening.result(v.question(), path + "/results", t.get("participants", s.participants()),
            v.closesAt()));
      }
    }
    return items;
  }
}
