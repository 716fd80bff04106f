/**
 * The public SPI of the Parvis platform: the only types a feature module may depend on.
 *
 * <p>Everything here is stable API. Implementations live in {@code parvis-platform-core}.
 */
package org.parvis.spi;
