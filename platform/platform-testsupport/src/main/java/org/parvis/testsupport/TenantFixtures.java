package org.parvis.testsupport;

import java.util.UUID;

/** Tenants created through the operator API, each with a fresh slug and host name. */
public final class TenantFixtures {

  private TenantFixtures() {}

  /** A tenant as created; {@code host} is what its citizens type in their browser. */
  public record CreatedTenant(String slug, String host) {
    public TenantHttp http() {
      return TenantHttp.on(host);
    }
  }

  public static CreatedTenant commune(String prefix) {
    return create(prefix, "COMMUNE", "\"inseeCode\": \"38185\", \"population\": 1000,");
  }

  public static CreatedTenant collective(String prefix) {
    return create(prefix, "COLLECTIVE", "");
  }

  private static CreatedTenant create(String prefix, String kind, String extra) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String host = slug + ".localhost";
    String body = """
        {"slug": "%s", "kind": "%s", "displayName": "Tenant %s", %s
         "hosts": ["%s"], "defaultLocale": "fr"}
        """.formatted(slug, kind, slug, extra, host);
    var reply = operatorHttp().post("/api/operator/tenants", body);
    if (reply.status() != 201) {
      throw new IllegalStateException("Tenant not created: " + reply);
    }
    return new CreatedTenant(slug, host);
  }

  /** Appoints {@code account} to {@code roles} (e.g. {@code "ADMIN"}) in the tenant. */
  public static void appoint(CreatedTenant tenant, TestIdentities.Account account, String... roles) {
    String list = roles.length == 0 ? "" : "\"" + String.join("\", \"", roles) + "\"";
    var reply = operatorHttp().put(
        "/api/operator/tenants/" + tenant.slug() + "/members/" + account.subject(),
        "{\"roles\": [" + list + "]}");
    if (reply.status() != 200) {
      throw new IllegalStateException("Not appointed: " + reply);
    }
  }

  /** The platform host, as an operator. */
  public static TenantHttp operatorHttp() {
    return TenantHttp.on("localhost").as(TestIdentities.operator().token());
  }
}
