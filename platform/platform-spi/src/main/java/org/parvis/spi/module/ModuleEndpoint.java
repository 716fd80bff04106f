package org.parvis.spi.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource (or page resource) as belonging to a module: while the module is not
 * enabled for the request's tenant, every request to it is answered with 404.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleEndpoint {
  /** The module id, as returned by {@link ParvisModule#id()}. */
  String value();
}
