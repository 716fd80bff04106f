package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.parvis.core.residency.domain.IdentityHashing;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.infrastructure.crypto.InstanceIdentityKey;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Replaces the current tenant's census by an uploaded list, of which only keyed hashes stay (with
 * each person's district of residence when the list gives one).
 */
@ApplicationScoped
@Transactional
public class CensusImport {

  @Inject ResidencyRepository residency;
  @Inject InstanceIdentityKey key;
  @Inject CurrentTenant tenant;

  /** Returns how many distinct people the census now holds. */
  public int replace(String csv) {
    CensusCsv.Parsed parsed = CensusCsv.parse(csv == null ? "" : csv);
    if (!parsed.valid()) {
      throw ProblemException.badRequest(
          "urn:parvis:problem:invalid-census",
          "The census has invalid lines; nothing was changed. First: line "
              + parsed.errors().get(0).get("line") + ", " + parsed.errors().get(0).get("message"),
          Map.of("errors", parsed.errors()));
    }
    IdentityHashing hashing = key.hashing();
    UUID tenantId = tenant.require().id();
    Map<String, String> districtByHash = new LinkedHashMap<>();
    for (CensusCsv.Resident resident : parsed.residents()) {
      districtByHash.put(hashing.identityHash(tenantId, resident.identity()),
          resident.district().orElse(null));
    }
    return residency.replaceCensus(districtByHash);
  }

  public long size() {
    return residency.censusSize();
  }
}
