/** JPA implementations of the domain's repositories; nothing else. */
package org.parvis.modules.worksites.infrastructure.persistence;
