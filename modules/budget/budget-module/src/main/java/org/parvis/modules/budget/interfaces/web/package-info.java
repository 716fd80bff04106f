/** Portal pages under {@code /budget}, server-rendered HTML with every text escaped. */
package org.parvis.modules.budget.interfaces.web;
