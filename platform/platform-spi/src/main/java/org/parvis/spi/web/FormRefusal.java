package org.parvis.spi.web;

/** A form whose fields were refused: shown again by {@link PortalViews#submit} with status 422. */
public final class FormRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Form form;

  FormRefusal(Form form) {
    super("Refused form: " + form.errors(), null, false, false);
    this.form = form;
  }

  public Form form() {
    return form;
  }
}
