package org.parvis.spi.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a resource class or method to callers holding one of the given roles in the request's
 * tenant: no identity gives 401, no such role gives 403.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresTenantRole {
  TenantRole[] value();
}
