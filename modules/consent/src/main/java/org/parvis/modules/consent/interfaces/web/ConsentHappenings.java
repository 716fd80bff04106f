package org.parvis.modules.consent.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.modules.consent.domain.ConsentProposal.Status;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;

/**
 * Decisions by consent on the home page, for the members of a circle only (proposals are the circles' business):
 * proposals open until their deadline, the member's answer still awaited, and decisions adopted.
 */
@ApplicationScoped
public class ConsentHappenings implements Happenings {

  @Inject ConsentProcess process;

  @Override
  public String moduleId() {
    return ConsentModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    return visitor.subject().map(me -> items(process.visibleTo(me, false), me, Clock.systemUTC().instant(),
        Texts.of("messages.consent", locale))).orElse(List.of());
  }

  static List<Happening> items(List<ConsentProposal> proposals, String me, Instant now, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (ConsentProposal p : proposals) {
      String path = "/consent/proposals/" + p.id();
      if (p.status() == Status.OPEN && p.deadline().isAfter(now)) {
        items.add(Happening.openNow(p.title(), path, t.get("home.circle", p.circle()), p.deadline()));
        boolean answered = p.current().answers().stream().anyMatch(a -> a.member().equals(me));
        if (!answered && !p.proposer().equals(me)) {
          items.add(Happening.waitingForYou(t.get("home.answer", p.title()), path, t.get("home.circle", p.circle()),
              p.deadline()));
        }
      } else if (p.status() == Status.ADOPTED && p.decidedAt() != null) {
        items.add(Happening.result(p.title(), path, t.get("home.adopted", p.circle()), p.decidedAt()));
      }
    }
    return items;
  }
}
