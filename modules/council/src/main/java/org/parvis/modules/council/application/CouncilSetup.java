package org.parvis.modules.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.council.domain.AdoptionRule;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.CouncilDocumentVersion;
import org.parvis.modules.council.domain.CouncilRepository;
import org.parvis.modules.council.domain.MemberRepository;

/** Setting up the council: what it is, its colleges, its charter and internal rules. */
@ApplicationScoped
@Transactional
public class CouncilSetup {

  @Inject CouncilContext context;
  @Inject CouncilRepository councils;
  @Inject MemberRepository members;

  /** Creates the tenant's council or changes it. */
  public CouncilView describe(String name, String territory, int mandateYears, AdoptionRule rule) {
    Council council = councils.lock().orElse(null);
    if (council == null) {
      Council created = context.step(() -> new Council(name, territory, mandateYears, rule));
      councils.add(created);
      return view(created);
    }
    context.step(() -> council.describe(name, territory, mandateYears, rule));
    return view(council);
  }

  public CouncilView defineCollege(String name, int seats, boolean voting) {
    Council council = context.lockedCouncil();
    long taken = council.collegeNamed(name).map(c -> sitting(c.id())).orElse(0L);
    context.step(() -> council.defineCollege(name, seats, voting, (int) taken));
    return view(council);
  }

  public DocumentView publish(CouncilDocumentVersion.Kind kind, String text) {
    Council council = context.lockedCouncil();
    return DocumentView.of(context.step(() -> council.publish(kind, text, context.now())));
  }

  public CouncilView council() {
    return view(context.council());
  }

  /** The council if the tenant has set one up. */
  public java.util.Optional<CouncilView> councilIfSetUp() {
    return context.councilIfSetUp().map(this::view);
  }

  public List<DocumentView> versions(CouncilDocumentVersion.Kind kind) {
    return context.council().versions(kind).stream().map(DocumentView::of).toList();
  }

  long sitting(UUID college) {
    return members.all().stream()
        .filter(m -> m.collegeId().equals(college) && m.sitsOn(context.today())).count();
  }

  private CouncilView view(Council council) {
    return CouncilView.of(council, this::sitting);
  }
}
