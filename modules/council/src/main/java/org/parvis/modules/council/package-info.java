/**
 * Development council (conseil de développement): a standing body of civil society organised in
 * colleges, which gives opinions (contributions, "avis") on the territory's projects when the
 * intercommunality refers a question to it, or on its own initiative.
 */
package org.parvis.modules.council;
