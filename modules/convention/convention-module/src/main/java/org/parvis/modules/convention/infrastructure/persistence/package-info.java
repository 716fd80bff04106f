/** JPA implementations of the domain's repositories; every query runs in the request's tenant. */
package org.parvis.modules.convention.infrastructure.persistence;
