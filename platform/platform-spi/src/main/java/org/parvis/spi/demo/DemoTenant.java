package org.parvis.spi.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.parvis.spi.tenant.TenantRef;

/**
 * The demo tenant a {@link DemoContent} fills.
 *
 * @param tenant the tenant
 * @param folder the descriptors' folder, where demo data files are (e.g. a Pabulib file)
 * @param now the instant the load runs; demo dates are placed around it (an open vote closes in a
 *     few days, a past edition ended last year)
 * @param people the demo people of the tenant, in the descriptor's order: account subjects of the
 *     realm's demo users, some verified residents and some not
 */
public record DemoTenant(TenantRef tenant, Path folder, Instant now, List<DemoPerson> people) {

  public DemoTenant {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(now, "now");
    people = List.copyOf(people);
  }

  /** The verified residents among {@link #people()}. */
  public List<DemoPerson> verifiedResidents() {
    return people.stream().filter(DemoPerson::verifiedResident).toList();
  }
}
