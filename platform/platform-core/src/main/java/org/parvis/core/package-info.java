/**
 * Platform implementation. Layers per feature package follow Cargo Tracker: {@code domain}
 * (aggregates and repository interfaces), {@code application} (use cases, transactions),
 * {@code infrastructure.persistence} (JPA repositories), {@code interfaces.rest} and
 * {@code interfaces.web} (HTTP edge: validation, mapping).
 */
package org.parvis.core;
