package org.parvis.core.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parvis.core.identity.application.MembershipAdministration;
import org.parvis.core.identity.domain.Membership;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.people.People;
import org.parvis.spi.people.Person;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.TenantRole;

/** The view models of the members pages, in the page's language, people named from the directory. */
@RequestScoped
public class MemberPageModels {

  /** The roles an administrator grants and revokes, in the order the pages show them. */
  static final List<TenantRole> GRANTABLE = List.of(TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF);
  static final List<String> GRANTABLE_IDS = GRANTABLE.stream().map(TenantRole::id).toList();

  /** A role as the form offers it: its id (the radio's value), its name and what it lets one do. */
  public record RoleOption(String id, String label, String description) {}

  /** One role held: whether the page offers to revoke it ({@code note} says why not). */
  public record HeldRole(String id, String label, boolean revocable, String note) {}

  /** Someone holding roles: named, never shown by their account id (which only the forms carry). */
  public record Holder(String subject, String name, String email, boolean you, List<HeldRole> roles) {}

  @Inject MembershipAdministration memberships;
  @Inject People people;
  @Inject Caller caller;

  private List<Membership> withDuties;

  static Texts texts(Locale locale) {
    return Texts.of("messages.members", locale);
  }

  List<RoleOption> grantable(Texts t) {
    return GRANTABLE.stream().map(r -> new RoleOption(r.id(), t.get("role." + r.id()), t.get("role." + r.id()
        + ".description"))).toList();
  }

  /** The administrators, moderators and staff, administrators first, then by name. */
  List<Holder> holders(Texts t) {
    if (withDuties == null) {
      withDuties = memberships.withDuties();
    }
    long administrators = withDuties.stream().filter(m -> m.roles().contains(TenantRole.ADMIN)).count();
    String me = caller.subject().orElse("");
    Comparator<Holder> administratorsFirst = Comparator.comparing(
        (Holder h) -> h.roles().stream().noneMatch(r -> r.id().equals(TenantRole.ADMIN.id())));
    Comparator<Holder> byName = Comparator.comparing((Holder h) -> h.name().toLowerCase(t.locale()));
    return withDuties.stream()
        .map(m -> holder(m, named(m.subject(), t), me, administrators, t))
        .sorted(administratorsFirst.thenComparing(byName))
        .toList();
  }

  static Holder holder(Membership m, Person person, String me, long administrators, Texts t) {
    List<HeldRole> roles = GRANTABLE.stream().filter(m.roles()::contains).map(r -> {
      boolean last = r == TenantRole.ADMIN && administrators <= 1;
      return new HeldRole(r.id(), t.get("role." + r.id()), !last, last ? t.get("lastAdministrator") : null);
    }).toList();
    return new Holder(m.subject(), person.name(), person.email(), m.subject().equals(me), roles);
  }

  /** The person behind a subject; an account Keycloak no longer knows, or a directory out of reach, is said so. */
  private Person named(String subject, Texts t) {
    try {
      Optional<Person> known = people.find(subject);
      return known.orElseGet(() -> new Person(subject, t.get("unknownAccount"), ""));
    } catch (ProblemException unavailable) {
      return new Person(subject, t.get("nameUnavailable"), "");
    }
  }
}
