package org.parvis.spi.web;

import jakarta.ws.rs.core.Response;

/**
 * One page being built from a module template: the data its template reads, the form it shows again, its status.
 * Obtained from {@link PortalViews#page}; {@link #response()} renders it inside the portal frame.
 */
public interface View {

  /** Makes {@code value} readable by the template as {@code name} (a record made for the page, a list, a text). */
  View with(String name, Object value);

  /** The form the page shows: what was typed and, after a refusal, why (the template reads it as {@code form}). */
  View form(Form form);

  /** The response status, 200 unless said otherwise. */
  View status(int status);

  /** The rendered page, inside the portal frame, in the visitor's language. */
  Response response();
}
