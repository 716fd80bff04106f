/** JPA implementations of the domain's repositories, always within the current tenant. */
package org.parvis.modules.council.infrastructure.persistence;
