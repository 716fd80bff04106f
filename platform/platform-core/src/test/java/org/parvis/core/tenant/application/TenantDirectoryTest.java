package org.parvis.core.tenant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.tenant.domain.Tenant;
import org.parvis.core.tenant.domain.TenantRepository;
import org.parvis.spi.tenant.TenantKind;

class TenantDirectoryTest {

  private final CountingRepository repository = new CountingRepository();
  private final TenantDirectory directory = new TenantDirectory();

  TenantDirectoryTest() {
    directory.lookup = new TenantDirectory.HostLookup();
    directory.lookup.tenants = repository;
  }

  @Test
  void invalidatingOneTenantsHostsKeepsTheOthersCached() {
    repository.put(new Tenant("a", TenantKind.COLLECTIVE, "A", List.of("a.localhost")));
    repository.put(new Tenant("b", TenantKind.COLLECTIVE, "B", List.of("b.localhost")));
    directory.byHost("a.localhost");
    directory.byHost("b.localhost");

    directory.invalidate(List.of("a.localhost"));
    directory.byHost("a.localhost");
    directory.byHost("b.localhost");

    assertEquals(2, repository.lookups.get("a.localhost"));
    assertEquals(1, repository.lookups.get("b.localhost"));
  }

  @Test
  void aCachedMissGivesWayToANewTenantOnceItsHostIsInvalidated() {
    assertTrue(directory.byHost("new.localhost").isEmpty());

    repository.put(new Tenant("new", TenantKind.COLLECTIVE, "New", List.of("new.localhost")));
    directory.invalidate(List.of("new.localhost"));

    assertEquals("new", directory.byHost("new.localhost").orElseThrow().ref().slug());
  }

  private static final class CountingRepository implements TenantRepository {
    private final Map<String, Tenant> byHost = new HashMap<>();
    private final Map<String, Integer> lookups = new HashMap<>();

    void put(Tenant tenant) {
      tenant.hosts().forEach(h -> byHost.put(h, tenant));
    }

    @Override
    public Optional<Tenant> byHost(String normalizedHost) {
      lookups.merge(normalizedHost, 1, Integer::sum);
      return Optional.ofNullable(byHost.get(normalizedHost));
    }

    @Override
    public void add(Tenant tenant) {
      put(tenant);
    }

    @Override
    public Optional<Tenant> bySlug(String slug) {
      return byHost.values().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Tenant> byId(UUID id) {
      return byHost.values().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public boolean hostTaken(String normalizedHost) {
      return byHost.containsKey(normalizedHost);
    }

    @Override
    public List<Tenant> page(int offset, int limit) {
      return List.copyOf(byHost.values());
    }

    @Override
    public List<Tenant> search(String text, int limit) {
      return page(0, limit);
    }

    @Override
    public long count() {
      return byHost.size();
    }
  }
}
