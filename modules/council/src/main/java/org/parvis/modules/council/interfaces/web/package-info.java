/**
 * Portal pages of the council, as Qute templates ({@code templates/council/}): the public members, contributions
 * and activity report ({@link org.parvis.modules.council.interfaces.web.CouncilPortal}), the members' space (home,
 * contributions, meetings), the secretariat and the administration console; {@code *PageModels} build their view
 * models.
 */
package org.parvis.modules.council.interfaces.web;
