package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilCandidate;
import org.parvis.modules.council.domain.CouncilDraw;
import org.parvis.modules.council.domain.CouncilMember;
import org.parvis.modules.council.domain.MemberRepository;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CouncilMember> find(UUID id) {
    return em.createQuery("select m from CouncilMember m where m.id = :id", CouncilMember.class)
        .setParameter("id", id).getResultStream().findFirst();
  }

  @Override
  public List<CouncilMember> bySubject(String subject) {
    return em.createQuery("select m from CouncilMember m where m.subject = :s order by m.mandateStart desc",
        CouncilMember.class).setParameter("s", subject).getResultList();
  }

  @Override
  public List<CouncilMember> all() {
    return em.createQuery("select m from CouncilMember m order by m.displayName, m.mandateStart",
        CouncilMember.class).getResultList();
  }

  @Override
  public void add(CouncilMember member) {
    em.persist(member);
  }

  @Override
  public List<CouncilCandidate> candidates() {
    return em.createQuery("select c from CouncilCandidate c order by c.volunteeredAt, c.id",
        CouncilCandidate.class).getResultList();
  }

  @Override
  public Optional<CouncilCandidate> candidateBySubject(String subject) {
    return em.createQuery("select c from CouncilCandidate c where c.subject = :s", CouncilCandidate.class)
        .setParameter("s", subject).getResultStream().findFirst();
  }

  @Override
  public void add(CouncilCandidate candidate) {
    em.persist(candidate);
  }

  @Override
  public void remove(CouncilCandidate candidate) {
    em.remove(candidate);
  }

  @Override
  public void add(CouncilDraw draw) {
    em.persist(draw);
  }

  @Override
  public Optional<CouncilDraw> draw(UUID id) {
    return em.createQuery("select d from CouncilDraw d where d.id = :id", CouncilDraw.class)
        .setParameter("id", id).getResultStream().findFirst();
  }
}
