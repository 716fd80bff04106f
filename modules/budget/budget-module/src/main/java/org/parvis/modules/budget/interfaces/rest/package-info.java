/** The JSON API under {@code /api/budget}: bodies validated at the edge, access by annotations. */
package org.parvis.modules.budget.interfaces.rest;
