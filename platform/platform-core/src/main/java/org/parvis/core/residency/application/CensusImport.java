package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.parvis.core.residency.domain.IdentityHashing;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.infrastructure.crypto.InstanceIdentityKey;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Replaces the current tenant's census by an uploaded list, of which only keyed hashes stay (with
 * each person's district of residence when the list gives one). From the portal, a file is first
 * read into a {@link Preview} that stores nothing, then confirmed.
 */
@ApplicationScoped
@Transactional
public class CensusImport {

  public static final String INVALID_CENSUS = "urn:parvis:problem:invalid-census";
  public static final String CENSUS_ENCODING = "urn:parvis:problem:census-encoding";

  @Inject ResidencyRepository residency;
  @Inject InstanceIdentityKey key;
  @Inject CurrentTenant tenant;

  /**
   * A census file as read, before anything is stored: what was read, and the keyed hashes (with districts) that
   * confirming it stores — never the names themselves.
   */
  public record Preview(UUID tenantId, String encoding, CensusCsv.Parsed parsed, Map<String, String> districtByHash,
      Map<String, Long> districts) {
    /** How many distinct people were read (a person listed twice counts once). */
    public int people() {
      return (int) parsed.residents().stream().map(r -> r.identity().canonical()).distinct().count();
    }
  }

  /** Returns how many distinct people the census now holds. */
  public int replace(String csv) {
    CensusCsv.Parsed parsed = CensusCsv.parse(csv == null ? "" : csv);
    requireValid(parsed);
    return residency.replaceCensus(hashes(parsed));
  }

  /** Reads a census file; a 400 problem if it is neither UTF-8 nor Windows-1252 text. Stores nothing. */
  public Preview preview(byte[] file) {
    CensusEncoding.Decoded decoded;
    try {
      decoded = CensusEncoding.decode(file);
    } catch (CensusEncoding.Unreadable unreadable) {
      throw ProblemException.badRequest(CENSUS_ENCODING,
          "The census file is neither UTF-8 nor Windows-1252 text; nothing was changed. " + unreadable.getMessage(),
          Map.of("offset", unreadable.offset()));
    }
    CensusCsv.Parsed parsed = CensusCsv.parse(decoded.text());
    Map<String, Long> districts = new TreeMap<>();
    parsed.residents().forEach(r -> r.district().ifPresent(d -> districts.merge(d, 1L, Long::sum)));
    return new Preview(tenant.require().id(), decoded.encoding(), parsed, parsed.valid() ? hashes(parsed) : Map.of(),
        Collections.unmodifiableMap(districts));
  }

  /**
   * Replaces the census by the hashes of a previewed file without errors ({@link Preview#districtByHash()}), read
   * for the current tenant; returns its size.
   */
  public int confirm(UUID previewedFor, Map<String, String> districtByHash) {
    if (!previewedFor.equals(tenant.require().id())) {
      throw ProblemException.forbidden("This census was read for another tenant");
    }
    if (districtByHash.isEmpty()) {
      throw ProblemException.badRequest(INVALID_CENSUS, "The census is empty; nothing was changed.", Map.of());
    }
    return residency.replaceCensus(districtByHash);
  }

  public long size() {
    return residency.censusSize();
  }

  /** The districts of the current census, each with its number of people. */
  public Map<String, Long> districts() {
    return residency.censusDistricts();
  }

  private Map<String, String> hashes(CensusCsv.Parsed parsed) {
    IdentityHashing hashing = key.hashing();
    UUID tenantId = tenant.require().id();
    Map<String, String> districtByHash = new LinkedHashMap<>();
    for (CensusCsv.Resident resident : parsed.residents()) {
      districtByHash.put(hashing.identityHash(tenantId, resident.identity()),
          resident.district().orElse(null));
    }
    return districtByHash;
  }

  private static void requireValid(CensusCsv.Parsed parsed) {
    if (!parsed.valid()) {
      throw ProblemException.badRequest(
          INVALID_CENSUS,
          "The census has invalid lines; nothing was changed. First: line "
              + parsed.errors().get(0).get("line") + ", " + parsed.errors().get(0).get("message"),
          Map.of("errors", parsed.errors()));
    }
  }
}
