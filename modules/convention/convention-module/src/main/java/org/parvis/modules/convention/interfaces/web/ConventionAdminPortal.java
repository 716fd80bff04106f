package org.parvis.modules.convention.interfaces.web;

import org.parvis.spi.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.ConventionAdministration.Setup;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionStatus;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Html;
import org.parvis.spi.web.PortalLayout;

/**
 * The administrators' console: create a convention with its quotas, follow the pool against the
 * quotas, and run the public draw step by step (open recruitment, invitation codes, freeze,
 * computation, publication, seed, withdrawals and replacement rounds). Every step goes through
 * the application services the API uses; these pages only read forms and show the outcome.
 * Anonymous visitors are sent to sign in, other members get 403.
 */
@Path("/convention/admin")
@ModuleEndpoint(ConventionModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ConventionAdminPortal {

  /** Rows of the quota table on the creation form. */
  static final int QUOTA_ROWS = 10;

  @Inject ConventionAdministration administration;
  @Inject Ceremony ceremony;
  @Inject ConventionReading reading;
  @Inject PortalLayout layout;

  @GET
  public Response index() {
    Texts t = texts();
    StringBuilder main = new StringBuilder();
    main.append("<p><a class=\"button\" href=\"/convention/admin/new\">")
        .append(Html.escape(t.get("admin.new"))).append("</a></p>");
    List<Convention> all = administration.all();
    if (all.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("none"))).append("</p>");
    } else {
      main.append("<ul>");
      for (Convention c : all) {
        main.append("<li><a href=\"/convention/admin/").append(c.id()).append("\">")
            .append(Html.escape(c.title())).append("</a> — ")
            .append(Html.escape(t.get("status." + c.status().name()))).append("</li>");
      }
      main.append("</ul>");
    }
    return layout.page(t.get("admin.title"), main.toString());
  }

  @GET
  @Path("new")
  public Response newForm() {
    MultivaluedMap<String, String> defaults = new MultivaluedHashMap<>();
    defaults.putSingle("lotterySize", Integer.toString(Convention.DEFAULT_LOTTERY_SIZE));
    defaults.putSingle("quotaMode", "bands");
    defaults.putSingle("slack", "0");
    defaults.putSingle("openToAll", "on");
    return setupForm(defaults, null);
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      Convention created = administration.create(setup(form, t));
      return Response.seeOther(URI.create("/convention/admin/" + created.id())).build();
    } catch (InvalidForm e) {
      return setupForm(form, e.getMessage());
    } catch (ProblemException e) {
      return setupForm(form, t.get("admin.error.quotas", e.getMessage()));
    }
  }

  @GET
  @Path("{id}")
  public Response dashboard(@PathParam("id") UUID id) {
    return dashboard(id, new MultivaluedHashMap<>(), null, null);
  }

  @POST
  @Path("{id}/recruitment")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response openRecruitment(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> administration.openRecruitment(id));
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invitations(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Texts t = texts();
    try {
      int count = number(form, "count", 1, 10_000, t);
      List<String> codes = administration.invitationCodes(id, count);
      StringBuilder main = new StringBuilder("<p role=\"status\">")
          .append(Html.escape(t.get("admin.codes.once", codes.size()))).append("</p><ul class=\"codes\">");
      codes.forEach(c -> main.append("<li><code>").append(Html.escape(c)).append("</code></li>"));
      main.append("</ul><p><a href=\"/convention/admin/").append(id).append("\">")
          .append(Html.escape(t.get("admin.back"))).append("</a></p>");
      return layout.page(t.get("admin.codes.title"), main.toString());
    } catch (InvalidForm e) {
      return dashboard(id, form, e.getMessage(), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  @POST
  @Path("{id}/freeze")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response freeze(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.freeze(id));
  }

  @POST
  @Path("{id}/computation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recompute(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.recompute(id));
  }

  @POST
  @Path("{id}/publication")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.publish(id));
  }

  @POST
  @Path("{id}/draw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draw(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.draw(id, seed(form, "seed")));
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response withdrawal(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.leave(id, number(form, "number", 1, Integer.MAX_VALUE, texts())));
  }

  @POST
  @Path("{id}/replacements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response replacements(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.publishReplacements(id));
  }

  @POST
  @Path("{id}/replacements/draw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response drawReplacements(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    return step(id, form, () -> ceremony.drawReplacements(id,
        number(form, "round", 1, Integer.MAX_VALUE, texts()), seed(form, "replacementSeed")));
  }

  /** Checks the form token, runs one step of the ceremony, then shows the console again. */
  private Response step(UUID id, MultivaluedMap<String, String> form, Supplier<?> action) {
    try {
      action.get();
      return Response.seeOther(URI.create("/convention/admin/" + id)).build();
    } catch (InvalidForm e) {
      return dashboard(id, form, e.getMessage(), 422);
    } catch (ProblemException e) {
      return refused(id, form, e);
    }
  }

  private Response refused(UUID id, MultivaluedMap<String, String> form, ProblemException e) {
    if (e.status() == 404 && e.getMessage() != null && e.getMessage().startsWith("No convention")) {
      throw e;
    }
    Texts t = texts();
    String reason = switch (e.type()) {
      case ConventionProblems.WRONG_STATUS -> t.get("admin.error.status");
      case ConventionProblems.COMPUTING -> t.get("admin.error.computing");
      case ConventionProblems.INTERRUPTED -> t.get("computation.interrupted");
      case ConventionProblems.INFEASIBLE -> t.get("admin.error.infeasible", e.getMessage());
      default -> t.get("admin.error.other", e.getMessage() == null ? e.title() : e.getMessage());
    };
    return dashboard(id, form, reason, 422);
  }

  private Response dashboard(UUID id, MultivaluedMap<String, String> typed, String error,
      Integer status) {
    Texts t = texts();
    Convention c = administration.require(id);
    List<Volunteer> volunteers = administration.volunteers(id);
    StringBuilder main = new StringBuilder();
    if (error != null) {
      main.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
    }
    main.append("<p class=\"status\"><strong>").append(Html.escape(t.get("status." + c.status().name())))
        .append("</strong></p><p>").append(Html.escape(t.get("admin.summary", c.panelSize(),
            c.lotterySize(), active(volunteers).size()))).append(" <a href=\"/convention/")
        .append(id).append("\">").append(Html.escape(t.get("admin.publicPage"))).append("</a></p>");
    counts(main, c, volunteers, t);
    actions(main, c, typed, t);
    if (c.status().compareTo(ConventionStatus.SEATED) >= 0) {
      main.append("<p><a class=\"button\" href=\"/convention/admin/work/").append(id).append("\">")
          .append(Html.escape(t.get("admin.work"))).append("</a></p>");
      members(main, c, volunteers, t);
    }
    Response page = layout.page(t.get("admin.dashboard", c.title()), main.toString());
    // 422, not 400: RESTEasy escapes the HTML of every 400 response (its XSS sanitizer).
    return status == null ? page : Response.fromResponse(page).status(status).build();
  }

  /** Per answer: the band of seats, how many volunteers gave it and, once drawn, how many sit. */
  private static void counts(StringBuilder main, Convention c, List<Volunteer> volunteers,
      Texts t) {
    boolean seated = c.status().compareTo(ConventionStatus.SEATED) >= 0;
    main.append("<section><h2>").append(Html.escape(t.get("admin.pool"))).append("</h2><table><caption>")
        .append(Html.escape(t.get("admin.pool.caption"))).append("</caption><thead><tr>");
    header(main, t.get("quotas.category"));
    header(main, t.get("quotas.value"));
    header(main, t.get("quotas.seats"));
    header(main, t.get("admin.pool.volunteers"));
    if (seated) {
      header(main, t.get("admin.pool.seated"));
    }
    main.append("</tr></thead><tbody>");
    List<Volunteer> pool = active(volunteers);
    for (QuotaBand b : c.quotas().bands()) {
      main.append("<tr><td>").append(Html.escape(b.category())).append("</td><td>")
          .append(Html.escape(b.value())).append("</td><td>")
          .append(Html.escape(t.get("quotas.band", b.min(), b.max()))).append("</td><td>")
          .append(count(c.quotas(), b, pool)).append("</td>");
      if (seated) {
        main.append("<td>").append(count(c.quotas(), b, pool.stream()
            .filter(v -> v.status() == VolunteerStatus.SEATED).toList())).append("</td>");
      }
      main.append("</tr>");
    }
    main.append("</tbody></table></section>");
  }

  private static long count(QuotaPlan plan, QuotaBand band, List<Volunteer> volunteers) {
    return volunteers.stream().filter(v -> {
      String answer = v.answers().get(band.category());
      try {
        return answer != null && plan.band(band.category(), answer).equals(band);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }).count();
  }

  /** The forms of the steps the convention's status allows. */
  private void actions(StringBuilder main, Convention c, MultivaluedMap<String, String> typed,
      Texts t) {
    String base = "/convention/admin/" + c.id();
    main.append("<section><h2>").append(Html.escape(t.get("admin.next"))).append("</h2>");
    switch (c.status()) {
      case DRAFT -> button(main, base + "/recruitment", t.get("admin.openRecruitment"));
      case RECRUITING -> button(main, base + "/freeze", t.get("admin.freeze"));
      case FROZEN -> {
        main.append("<p>").append(Html.escape(computationState(c.id(), t))).append(" <a href=\"/convention/")
            .append(c.id()).append("/computation\">").append(Html.escape(t.get("admin.progress")))
            .append("</a></p>");
        button(main, base + "/publication", t.get("admin.publish"));
        button(main, base + "/computation", t.get("admin.recompute"));
      }
      case PUBLISHED -> {
        main.append("<p>").append(Html.escape(t.get("admin.seedHelp"))).append("</p>");
        open(main, base + "/draw");
        field(main, "seed", t.get("admin.seed"), "text", typed);
        close(main, t.get("admin.draw"));
      }
      case SEATED -> replacementForms(main, c, typed, t);
      case ENDED -> { }
    }
    if (c.status() == ConventionStatus.DRAFT || c.status() == ConventionStatus.RECRUITING) {
      main.append("<h3>").append(Html.escape(t.get("admin.codes.title"))).append("</h3>");
      open(main, base + "/invitations");
      field(main, "count", t.get("admin.codes.count"), "number", typed);
      close(main, t.get("admin.codes.generate"));
    }
    main.append("</section>");
  }

  private void replacementForms(StringBuilder main, Convention c,
      MultivaluedMap<String, String> typed, Texts t) {
    String base = "/convention/admin/" + c.id();
    main.append("<h3>").append(Html.escape(t.get("admin.withdrawal"))).append("</h3>");
    open(main, base + "/withdrawal");
    field(main, "number", t.get("admin.withdrawal.number"), "number", typed);
    close(main, t.get("admin.withdrawal.record"));
    List<Replacement> rounds = reading.replacements(c.id());
    Replacement last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    main.append("<h3>").append(Html.escape(t.get("admin.replacements"))).append("</h3>");
    for (Replacement r : rounds) {
      main.append("<p>").append(Html.escape(r.drawn()
          ? t.get("admin.round.drawn", r.round(), String.join(", ", r.withdrawn()), r.seed().orElse(""))
          : t.get("admin.round.published", r.round(), String.join(", ", r.withdrawn()))))
          .append("</p>");
    }
    if (last != null && !last.drawn()) {
      open(main, base + "/replacements/draw");
      main.append("<input type=\"hidden\" name=\"round\" value=\"").append(last.round()).append("\">");
      field(main, "replacementSeed", t.get("admin.seed"), "text", typed);
      close(main, t.get("admin.round.draw", last.round()));
    } else {
      button(main, base + "/replacements", t.get("admin.round.publish"));
    }
  }

  /** The seated panel and the alternates, with their numbers and names (administrators only). */
  private static void members(StringBuilder main, Convention c, List<Volunteer> volunteers,
      Texts t) {
    main.append("<section><h2>").append(Html.escape(t.get("admin.panel"))).append("</h2>");
    memberList(main, volunteers, VolunteerStatus.SEATED, t);
    main.append("<h3>").append(Html.escape(t.get("admin.alternates"))).append("</h3>");
    memberList(main, volunteers, VolunteerStatus.NOT_SELECTED, t);
    main.append("<h3>").append(Html.escape(t.get("admin.left"))).append("</h3>");
    memberList(main, volunteers, VolunteerStatus.LEFT, t);
    main.append("</section>");
  }

  private static void memberList(StringBuilder main, List<Volunteer> volunteers,
      VolunteerStatus status, Texts t) {
    List<Volunteer> chosen = volunteers.stream().filter(v -> v.status() == status).toList();
    if (chosen.isEmpty()) {
      main.append("<p>").append(Html.escape(t.get("admin.nobody"))).append("</p>");
      return;
    }
    main.append("<ul class=\"members-").append(status.name().toLowerCase()).append("\">");
    for (Volunteer v : chosen) {
      main.append("<li>").append(Html.escape(t.get("admin.member", v.number(),
          v.fullName().orElse("—"), String.join(", ", v.answers().values())))).append("</li>");
    }
    main.append("</ul>");
  }

  private String computationState(UUID id, Texts t) {
    try {
      Computation job = ceremony.computation(id);
      return job.interruptedRun() ? t.get("computation.interrupted")
          : t.get("computation.state." + job.state());
    } catch (ProblemException e) {
      return t.get("admin.noComputation");
    }
  }

  private Response setupForm(MultivaluedMap<String, String> typed, String error) {
    Texts t = texts();
    StringBuilder f = new StringBuilder();
    if (error != null) {
      f.append("<p role=\"alert\" class=\"error\">").append(Html.escape(error)).append("</p>");
    }
    open(f, "/convention/admin/new");
    f.append("<fieldset><legend>").append(Html.escape(t.get("admin.form.convention"))).append("</legend>");
    field(f, "title", t.get("admin.form.title"), "text", typed);
    f.append("<div><label for=\"mandate\">").append(Html.escape(t.get("admin.form.mandate")))
        .append("</label> <textarea id=\"mandate\" name=\"mandate\" rows=\"4\" required>")
        .append(Html.escape(value(typed, "mandate"))).append("</textarea></div>");
    field(f, "panelSize", t.get("admin.form.panelSize"), "number", typed);
    field(f, "lotterySize", t.get("admin.form.lotterySize"), "number", typed);
    field(f, "recruitmentOpens", t.get("admin.form.opens"), "date", typed);
    field(f, "recruitmentCloses", t.get("admin.form.closes"), "date", typed);
    field(f, "drawDate", t.get("admin.form.drawDate"), "date", typed);
    f.append("<div><input type=\"checkbox\" id=\"openToAll\" name=\"openToAll\"")
        .append("on".equals(value(typed, "openToAll")) ? " checked" : "")
        .append("><label for=\"openToAll\">").append(Html.escape(t.get("admin.form.openToAll")))
        .append("</label></div></fieldset>");
    f.append("<fieldset><legend>").append(Html.escape(t.get("admin.form.quotas"))).append("</legend><p>")
        .append(Html.escape(t.get("admin.form.quotasHelp"))).append("</p>");
    String mode = value(typed, "quotaMode");
    for (String m : List.of("bands", "shares")) {
      f.append("<div><input type=\"radio\" name=\"quotaMode\" id=\"quotaMode-").append(m)
          .append("\" value=\"").append(m).append('"').append(m.equals(mode) ? " checked" : "")
          .append("><label for=\"quotaMode-").append(m).append("\">")
          .append(Html.escape(t.get("admin.form.mode." + m))).append("</label></div>");
    }
    field(f, "slack", t.get("admin.form.slack"), "number", typed);
    f.append("<table><caption>").append(Html.escape(t.get("admin.form.table")))
        .append("</caption><thead><tr><th scope=\"col\">").append(Html.escape(t.get("admin.form.col.row")))
        .append("</th>");
    List<String> columns = List.of("category", "value", "min", "max", "share");
    for (String col : columns) {
      f.append("<th scope=\"col\" id=\"col-").append(col).append("\">")
          .append(Html.escape(t.get("admin.form.col." + col))).append("</th>");
    }
    f.append("</tr></thead><tbody>");
    for (int i = 0; i < QUOTA_ROWS; i++) {
      f.append("<tr><th scope=\"row\" id=\"row-").append(i).append("\">").append(i + 1).append("</th>");
      for (String col : columns) {
        String name = col + "-" + i;
        boolean numeric = !col.equals("category") && !col.equals("value");
        f.append("<td><input type=\"").append(numeric ? "number" : "text").append('"')
            .append(col.equals("share") ? " step=\"any\" min=\"0\" max=\"1\"" : numeric ? " min=\"0\"" : "")
            .append(" id=\"").append(name).append("\" name=\"").append(name)
            .append("\" aria-labelledby=\"col-").append(col).append(" row-").append(i).append("\" value=\"")
            .append(Html.escape(value(typed, name))).append("\"></td>");
      }
      f.append("</tr>");
    }
    f.append("</tbody></table></fieldset>");
    close(f, t.get("admin.form.create"));
    Response page = layout.page(t.get("admin.new"), f.toString());
    return error == null ? page : Response.fromResponse(page).status(422).build();
  }

  /** Reads the creation form; the rules on quotas stay in {@link QuotaPlan} and the aggregate. */
  private static Setup setup(MultivaluedMap<String, String> form, Texts t) {
    String title = value(form, "title").strip();
    String mandate = value(form, "mandate").strip();
    if (title.isEmpty() || title.length() > 200 || mandate.isEmpty() || mandate.length() > 20_000) {
      throw new InvalidForm(t.get("admin.error.required"));
    }
    int panelSize = number(form, "panelSize", 1, 1_000, t);
    int lotterySize = number(form, "lotterySize", 1, 10_000, t);
    QuotaPlan plan;
    try {
      if ("shares".equals(value(form, "quotaMode"))) {
        Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        for (int i = 0; i < QUOTA_ROWS; i++) {
          if (!blankRow(form, i)) {
            shares.computeIfAbsent(value(form, "category-" + i).strip(), k -> new LinkedHashMap<>())
                .put(value(form, "value-" + i).strip(), decimal(form, "share-" + i, t));
          }
        }
        plan = QuotaPlan.fromShares(shares, panelSize, number(form, "slack", 0, 100, t));
      } else {
        List<QuotaBand> bands = new ArrayList<>();
        for (int i = 0; i < QUOTA_ROWS; i++) {
          if (!blankRow(form, i)) {
            bands.add(new QuotaBand(value(form, "category-" + i), value(form, "value-" + i),
                number(form, "min-" + i, 0, 1_000, t), number(form, "max-" + i, 0, 1_000, t)));
          }
        }
        plan = new QuotaPlan(bands);
      }
    } catch (IllegalArgumentException e) {
      throw e instanceof InvalidForm invalid ? invalid : new InvalidForm(t.get("admin.error.quotas", e.getMessage()));
    }
    return new Setup(title, mandate, panelSize, plan, "on".equals(form.getFirst("openToAll")),
        date(form, "recruitmentOpens", t), date(form, "recruitmentCloses", t),
        date(form, "drawDate", t), lotterySize);
  }

  private static boolean blankRow(MultivaluedMap<String, String> form, int i) {
    return value(form, "category-" + i).isBlank() && value(form, "value-" + i).isBlank();
  }

  private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(
      "[0-9]{1,3}(\\.[0-9]{1," + QuotaPlan.MAX_SHARE_DECIMALS + "})?");
  private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,9}");

  private static int number(MultivaluedMap<String, String> form, String name, int min, int max,
      Texts t) {
    String typed = value(form, name).strip();
    if (WHOLE.matcher(typed).matches()) { // plain digits: at most 9, so parseInt cannot fail
      int n = Integer.parseInt(typed);
      if (n >= min && n <= max) {
        return n;
      }
    }
    throw new InvalidForm(t.get("admin.error.number", t.get("admin.field." + name.replaceAll("-\\d+$", "")), min, max));
  }

  /** A share as typed: plain digits, one decimal separator, bounded (never an exponent). */
  private static BigDecimal decimal(MultivaluedMap<String, String> form, String name, Texts t) {
    String typed = value(form, name).strip().replace(',', '.');
    if (!SHARE.matcher(typed).matches()) {
      throw new InvalidForm(t.get("admin.error.share"));
    }
    return new BigDecimal(typed);
  }

  private static LocalDate date(MultivaluedMap<String, String> form, String name, Texts t) {
    String v = value(form, name).strip();
    try {
      return v.isEmpty() ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidForm(t.get("admin.error.date"));
    }
  }

  private String seed(MultivaluedMap<String, String> form, String name) {
    String seed = value(form, name).strip();
    if (seed.isEmpty() || seed.length() > 200) {
      throw new InvalidForm(texts().get("admin.error.seed"));
    }
    return seed;
  }

  private void open(StringBuilder f, String action) {
    f.append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(Html.escape(layout.formToken())).append("\">");
  }

  private static void close(StringBuilder f, String submit) {
    f.append("<button type=\"submit\">").append(Html.escape(submit)).append("</button></form>");
  }

  private void button(StringBuilder f, String action, String label) {
    open(f, action);
    close(f, label);
  }

  private static void field(StringBuilder f, String name, String label, String type,
      MultivaluedMap<String, String> typed) {
    f.append("<div><label for=\"").append(name).append("\">").append(Html.escape(label))
        .append("</label> <input type=\"").append(type).append("\" id=\"").append(name)
        .append("\" name=\"").append(name).append("\" value=\"")
        .append(Html.escape(value(typed, name))).append("\"></div>");
  }

  private static void header(StringBuilder main, String text) {
    main.append("<th scope=\"col\">").append(Html.escape(text)).append("</th>");
  }

  private static String value(MultivaluedMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v;
  }

  /** Volunteers still in the pool (those who withdrew after the freeze are kept for the checks). */
  private static List<Volunteer> active(List<Volunteer> volunteers) {
    return volunteers.stream().filter(v -> v.status() != VolunteerStatus.WITHDRAWN).toList();
  }

  private Texts texts() {
    return Texts.of("messages.convention", layout.language());
  }

  /** A form value that cannot be read; its message is already in the visitor's language. */
  private static final class InvalidForm extends IllegalArgumentException {
    InvalidForm(String message) {
      super(message);
    }
  }
}
