/**
 * Use cases of the convention: administration, recruitment, the draw ceremony (with its
 * asynchronous LEXIMIN computation) and replacements. Transactions start here; failures leave as
 * {@code ProblemException}s.
 */
package org.parvis.modules.convention.application;
