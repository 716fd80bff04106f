package org.parvis.core.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parvis.spi.geo.Area;
import org.parvis.spi.geo.TenantArea;

/** The current tenant's area, as its administrators set it with the home page. */
@ApplicationScoped
public class PlatformTenantArea implements TenantArea {

  @Inject HomeContents contents;

  @Override
  public Optional<Area> current() {
    return contents.area();
  }
}
