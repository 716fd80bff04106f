/** Use cases: transactions, look-ups by the caller's account, mail; behaviour stays on aggregates. */
package org.parvis.modules.council.application;
