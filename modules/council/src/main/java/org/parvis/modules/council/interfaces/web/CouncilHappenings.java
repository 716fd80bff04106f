package org.parvis.modules.council.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.MeetingDesk;
import org.parvis.modules.council.application.MeetingView;
import org.parvis.modules.council.application.Membership;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happenings;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;

/**
 * The development council on the home page: its published contributions for everyone, and for its sitting members
 * the meetings to come (meeting pages are in the members' space).
 */
@ApplicationScoped
public class CouncilHappenings implements Happenings {

  @Inject ContributionDesk contributions;
  @Inject MeetingDesk meetings;
  @Inject Membership membership;

  @Override
  public String moduleId() {
    return CouncilModule.ID;
  }

  @Override
  public List<Happening> happenings(Caller visitor, Locale locale) {
    List<MeetingView> mine = visitor.subject().isPresent() && sits() ? meetings.all() : List.of();
    return items(contributions.published(), mine, Texts.of("messages.council", locale));
  }

  private boolean sits() {
    try {
      membership.me();
      return true;
    } catch (ProblemException notAMember) {
      return false;
    }
  }

  static List<Happening> items(List<ContributionView> published, List<MeetingView> meetings, Texts t) {
    List<Happening> items = new ArrayList<>();
    for (ContributionView c : published) {
      items.add(Happening.result(c.title(), "/council/contributions", t.get("home.contribution"),
          Instant.parse(c.publishedAt())));
    }
    for (MeetingView m : meetings) {
      if ("PREPARING".equals(m.stage())) {
        items.add(Happening.upcoming(m.title(), "/council/space/meetings/" + m.id(), m.place() == null ? ""
            : m.place(), Instant.parse(m.startsAt())));
      }
    }
    return items;
  }
}
