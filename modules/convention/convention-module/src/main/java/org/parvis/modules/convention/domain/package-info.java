/**
 * The convention's model: the {@link org.parvis.modules.convention.domain.Convention} aggregate
 * (mandate, calendar, quotas, ceremony state), its volunteers, invitation codes and replacement
 * rounds, and the pure rules (quota plans, ceremony transitions). No JPA queries, no HTTP here.
 */
package org.parvis.modules.convention.domain;
