package org.parvis.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parvis.core.identity.domain.RolesConverter;
import org.parvis.core.residency.domain.MethodsConverter;
import org.parvis.core.residency.domain.VerificationMethod;
import org.parvis.spi.security.TenantRole;

class EnumSetConverterTest {

  @Test
  void rolesAreStoredAsSortedLowerCaseIds() {
    var converter = new RolesConverter();
    assertEquals("admin,citizen",
        converter.convertToDatabaseColumn(EnumSet.of(TenantRole.CITIZEN, TenantRole.ADMIN)));
    assertEquals(Set.of(TenantRole.ADMIN, TenantRole.STAFF),
        converter.convertToEntityAttribute("admin,staff"));
    assertEquals(Set.of(), converter.convertToEntityAttribute(""));
  }

  @Test
  void methodsAreStoredAsSortedNames() {
    var converter = new MethodsConverter();
    assertEquals("CODE,CENSUS", converter.convertToDatabaseColumn(
        EnumSet.of(VerificationMethod.CENSUS, VerificationMethod.CODE)));
    assertEquals(Set.of(VerificationMethod.STAFF_APPROVAL),
        converter.convertToEntityAttribute("STAFF_APPROVAL"));
  }
}
