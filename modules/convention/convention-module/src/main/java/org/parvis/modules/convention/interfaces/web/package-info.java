/** Server-rendered portal pages of the convention: public pages, volunteer form, chart. */
package org.parvis.modules.convention.interfaces.web;
