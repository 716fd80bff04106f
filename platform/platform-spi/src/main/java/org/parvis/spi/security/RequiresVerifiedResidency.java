package org.parvis.spi.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts an action (vote, sign, …) to citizens whose membership in the request's tenant is
 * verified; others get 403 with a problem saying how to get verified.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresVerifiedResidency {}
