/**
 * The worksites domain: aggregates ({@link org.parvis.modules.worksites.domain.WorksiteReport},
 * {@link org.parvis.modules.worksites.domain.Worksite}, {@link
 * org.parvis.modules.worksites.domain.Shift}) that hold the rules, and the repository interfaces.
 * No JAX-RS, no mail, no transactions here.
 */
package org.parvis.modules.worksites.domain;
