package org.parvis.spi.geo;

import java.util.Optional;

/**
 * The area of the current tenant, as its administrators set it (on the home page's administration page). Injectable.
 * A module checks the points people place against it server-side ({@link Area#requireInside}); a tenant that has
 * set no area accepts any point.
 */
public interface TenantArea {

  Optional<Area> current();
}
