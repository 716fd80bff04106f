/** The council's JSON API: bodies validated here, answers as views, errors as problems. */
package org.parvis.modules.council.interfaces.rest;
