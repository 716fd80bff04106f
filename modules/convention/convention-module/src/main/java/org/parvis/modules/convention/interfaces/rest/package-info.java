/** The convention's JSON API under {@code /api/conventions}: public reading, volunteering, administration. */
package org.parvis.modules.convention.interfaces.rest;
