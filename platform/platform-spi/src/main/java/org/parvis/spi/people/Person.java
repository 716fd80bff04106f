package org.parvis.spi.people;

import java.util.Objects;

/**
 * A person the identity provider knows, as the person picker shows them.
 *
 * @param subject the identity provider's stable subject id (never typed by anyone, only chosen)
 * @param name how pages name them (first and last name, else their username)
 * @param email their e-mail address, partly masked ({@code c•••@example.org}) for callers who are not the tenant's
 *     administrators; empty when unknown
 */
public record Person(String subject, String name, String email) {

  public Person {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    email = email == null ? "" : email;
  }
}
