/**
 * Use cases of the worksites module: transactions, locks, the current person, emails. The rules
 * themselves live on the domain's aggregates; these classes load, lock, call and notify.
 */
package org.parvis.modules.worksites.application;
