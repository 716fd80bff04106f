/** The worksites JSON API under {@code /api/worksites}: validation at the edge, views, access. */
package org.parvis.modules.worksites.interfaces.rest;
