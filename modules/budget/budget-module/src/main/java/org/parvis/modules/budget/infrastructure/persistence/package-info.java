/**
 * JPA implementations of the repositories. Ballots and supports are written with native
 * {@code insert … on conflict} statements so that concurrent requests cannot duplicate them.
 */
package org.parvis.modules.budget.infrastructure.persistence;
