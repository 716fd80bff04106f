/** Portal pages: the public members page and the printable activity report. */
package org.parvis.modules.council.interfaces.web;
