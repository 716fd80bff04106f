package org.parvis.core.portal.views;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.View;

/** One module page being built: its template, title, data, form and status. */
final class QuteView implements View {

  private final QuteViews views;
  private final String template;
  private final String title;
  private final Map<String, Object> data = new HashMap<>();
  private Form form = Form.empty();
  private int status = 200;

  QuteView(QuteViews views, String template, String title) {
    this.views = views;
    this.template = template;
    this.title = title;
  }

  @Override
  public View with(String name, Object value) {
    data.put(name, value);
    return this;
  }

  @Override
  public View form(Form form) {
    this.form = form;
    return this;
  }

  @Override
  public View status(int status) {
    this.status = status;
    return this;
  }

  @Override
  public Response response() {
    return views.render(template, title, status, form, data);
  }
}
