package org.parvis.spi.people;

import java.util.List;
import java.util.Optional;

/**
 * The directory of people who have an account (the identity provider's, one realm per instance), for the pages
 * that designate a person: the person picker (see {@link org.parvis.spi.web.Form#person}). Injectable.
 *
 * <p>Only callers holding an administration role of the request's tenant ({@code admin}, {@code moderator},
 * {@code staff}) may search; others get a 403 problem. Searches give at most {@link #MAX_RESULTS} people; the
 * e-mail address is shown in full to the tenant's administrators only, partly masked to the others.
 */
public interface People {

  /** The most people one search gives. */
  int MAX_RESULTS = 20;

  /** The shortest search accepted. */
  int MIN_QUERY = 2;

  /** People whose name, username or e-mail contains {@code query} (at least {@link #MIN_QUERY} characters). */
  List<Person> search(String query);

  /** The person with this subject, empty when the directory does not know it (a forged or deleted account). */
  Optional<Person> find(String subject);
}
