package org.parvis.modules.questions.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.spi.module.ModuleEndpoint;

/**
 * Open data: every public question with its answer, as CSV (one row per question, UTF-8 with a byte-order mark so
 * that spreadsheets read accents) and as JSON (the API's view). The asker is never in an export.
 */
@Path("/api/questions/export")
@ModuleEndpoint(QuestionsModule.ID)
public class ExportResource {

  static final String[] HEADER = {"id", "title", "text", "status", "official_id", "official", "published_at",
      "supports", "threshold", "overdue", "rejection_reason", "merged_into", "session_id", "answered_on", "answer",
      "video_link"};

  @Inject QuestionReading reading;

  @GET
  @Path("questions.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response json() {
    return attachment(Response.ok(questions()), "questions.json");
  }

  @GET
  @Path("questions.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv() {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      for (QuestionView q : questions()) {
        printer.printRecord(q.id(), cell(q.title()), cell(q.text()), q.status(), q.officialId(),
            q.officialId() == null ? "" : cell(reading.official(q.officialId()).name()), q.publishedAt(),
            q.supports(), q.threshold(), q.overdue(), cell(q.rejectionReason()), q.mergedInto(), q.sessionId(),
            q.answeredOn(), cell(q.answer()), cell(q.videoLink()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return attachment(Response.ok(out.toString()), "questions.csv");
  }

  /**
   * A text cell that a spreadsheet will not run: residents write titles and texts, and a cell starting with {@code =},
   * {@code +}, {@code -}, {@code @} or a tab is a formula to Excel and LibreOffice, so it is quoted with an apostrophe.
   */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private List<QuestionView> questions() {
    Instant now = Instant.now();
    return reading.publicQuestions(Optional.empty(), Optional.empty()).stream()
        .map(q -> QuestionView.of(q, reading.supports(q.id()), reading.isOverdue(q), now)).toList();
  }

  private static Response attachment(Response.ResponseBuilder response, String name) {
    return response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
  }
}
