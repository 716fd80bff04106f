package org.parvis.core.tenant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.TenantKind;

/**
 * A tenant as an operator describes it: through the operator API or a descriptor file in {@code
 * tenants/}. Validated at the edge.
 */
public record TenantSpec(
    @NotBlank @Pattern(regexp = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?") String slug,
    @NotNull TenantKind kind,
    @NotBlank @Size(max = 200) String displayName,
    @Pattern(regexp = "[0-9][0-9AB][0-9]{3}") String inseeCode,
    @Min(0) @Max(100_000_000) Integer population,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 253) String> hosts,
    @Pattern(regexp = "fr|en") String defaultLocale,
    @Size(max = 64) String timeZone,
    @Valid BrandingSpec branding,
    @Size(max = 50) Map<@NotBlank String, Map<String, String>> modules,
    @Size(max = 50) Map<@NotBlank String, List<TenantRole>> members) {

  /** Colours as {@code #rrggbb}; the logo as an absolute http(s) URL. */
  public record BrandingSpec(
      @Size(max = 200) String name,
      @Pattern(regexp = "#[0-9a-fA-F]{6}") String primaryColor,
      @Pattern(regexp = "#[0-9a-fA-F]{6}") String secondaryColor,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+") String logoUrl) {}

  public Map<String, Map<String, String>> modulesOrEmpty() {
    return modules == null ? Map.of() : modules;
  }

  public Map<String, List<TenantRole>> membersOrEmpty() {
    return members == null ? Map.of() : members;
  }
}
