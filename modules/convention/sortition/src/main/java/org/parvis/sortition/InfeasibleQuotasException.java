package org.parvis.sortition;

/** No panel satisfies the quotas; carries the smallest relaxation that makes one possible. */
public final class InfeasibleQuotasException extends RuntimeException {
  private final QuotaRelaxation relaxation;

  public InfeasibleQuotasException(QuotaRelaxation relaxation) {
    super(relaxation.explanation());
    this.relaxation = relaxation;
  }

  public QuotaRelaxation relaxation() {
    return relaxation;
  }
}
