package org.parvis.modules.convention.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.ConventionAdministration.Setup;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * A new convention: title, mandate, sizes, calendar, and its quotas typed as bands of seats or as the population's
 * shares (with a slack). The rules on quotas stay in {@link QuotaPlan} and the aggregate.
 */
@Path("/convention/admin/new")
@ModuleEndpoint(ConventionModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class NewConventionPage {

  /** A share as typed: plain digits, one decimal separator, bounded (never an exponent). */
  private static final Pattern SHARE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1," + QuotaPlan.MAX_SHARE_DECIMALS + "})?");

  @Inject ConventionAdministration administration;
  @Inject ConsolePageModels models;
  @Inject PortalViews views;

  @GET
  public Response form() {
    return page(Form.prefilled(Map.of("lotterySize", Integer.toString(Convention.DEFAULT_LOTTERY_SIZE),
        "quotaMode", "bands", "slack", "0", "openToAll", "on"))).response();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      Setup setup = setup(form);
      try {
        return "/convention/admin/" + administration.create(setup).id();
      } catch (ProblemException e) {
        form.refuse("quotas", "admin.error.setup").requireValid();
        throw e;
      }
    }, this::page);
  }

  /** Reads the form; refuses it (every field checked) before any quota rule is applied. */
  private static Setup setup(Form form) {
    String title = form.text("title", 200);
    String mandate = form.paragraphs("mandate", 20_000);
    long panelSize = form.wholeNumber("panelSize", 1, 1_000);
    long lotterySize = form.wholeNumber("lotterySize", 1, 10_000);
    LocalDate opens = form.optionalDate("recruitmentOpens").orElse(null);
    LocalDate closes = form.optionalDate("recruitmentCloses").orElse(null);
    LocalDate draw = form.optionalDate("drawDate").orElse(null);
    boolean shares = "shares".equals(form.typed("quotaMode"));
    List<QuotaBand> bands = new ArrayList<>();
    Map<String, Map<String, BigDecimal>> byShare = new LinkedHashMap<>();
    long slack = shares ? form.wholeNumber("slack", 0, 100) : 0;
    for (int i = 0; i < ConsolePageModels.QUOTA_ROWS; i++) {
      String category = form.typed("category-" + i).strip();
      String value = form.typed("value-" + i).strip();
      if (category.isEmpty() && value.isEmpty()) {
        continue;
      }
      if (shares) {
        byShare.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(value, share(form, "share-" + i));
      } else {
        bands.add(new QuotaBand(category, value, (int) form.wholeNumber("min-" + i, 0, 1_000),
            (int) form.wholeNumber("max-" + i, 0, 1_000)));
      }
    }
    form.requireValid();
    QuotaPlan plan;
    try {
      plan = shares ? QuotaPlan.fromShares(byShare, (int) panelSize, (int) slack) : new QuotaPlan(bands);
    } catch (IllegalArgumentException e) {
      form.refuse("quotas", "admin.error.setup").requireValid();
      throw e;
    }
    return new Setup(title, mandate, (int) panelSize, plan, form.checked("openToAll"), opens, closes, draw,
        (int) lotterySize);
  }

  private static BigDecimal share(Form form, String field) {
    String typed = form.typed(field).strip().replace(',', '.');
    if (!SHARE.matcher(typed).matches()) {
      form.refuse(field, "admin.error.share");
      return BigDecimal.ZERO;
    }
    return new BigDecimal(typed);
  }

  private View page(Form form) {
    Texts t = texts();
    return views.page("convention/new", t.get("admin.new")).with("rows", models.quotaTable())
        .with("columns", models.quotaColumns(t)).with("modes", models.quotaModes(t)).form(form);
  }

  private Texts texts() {
    return Texts.of("messages.convention", views.locale());
  }
}
