/**
 * Server-rendered portal pages of the worksites module: plain HTML forms with labels that work
 * with the keyboard only and without JavaScript; every user text escaped.
 */
package org.parvis.modules.worksites.interfaces.web;
