package org.parvis.spi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.spi.problem.ProblemException;

class FormTest {

  private static Form form(String... pairs) {
    var values = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return Form.prefilled(values);
  }

  private static String key(Form form, String field) {
    return form.error(field).map(FieldError::key).orElse(null);
  }

  @Test
  void textsAreStrippedBoundedAndRequired() {
    Form form = form("title", "  Un jardin partagé  ", "long", "x".repeat(21), "blank", "   ");
    assertEquals("Un jardin partagé", form.text("title", 20));
    assertEquals("", form.text("long", 20));
    assertEquals("form.tooLong", key(form, "long"));
    assertEquals(List.of(20), form.error("long").get().arguments());
    assertEquals("", form.text("blank", 20));
    assertEquals("form.required", key(form, "blank"));
    assertEquals(Optional.empty(), form.optionalText("absent", 20));
    assertTrue(form.error("absent").isEmpty(), "an optional field left blank is no error");
    assertThrows(FormRefusal.class, form::requireValid);
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    Form form = form("emoji", "🌳".repeat(20));
    assertEquals("🌳".repeat(20), form.text("emoji", 20));
    assertTrue(form.isValid());
  }

  @Test
  void controlCharactersLineBreaksInOneLineAndWritingDirectionOverridesAreRefused() {
    Form form = form("nul", "a\u0000b", "crlf", "Subject\r\nBcc: x", "rtl", "report \u202Egnp.exe", "isolate",
        "a\u2067b", "lines", "first\r\nsecond", "tab", "a\tb", "lone", "a\ud800b");
    form.text("nul", 100);
    form.text("crlf", 100);
    form.text("rtl", 100);
    form.text("isolate", 100);
    form.text("tab", 100);
    form.text("lone", 100);
    assertEquals("first\nsecond", form.paragraphs("lines", 100), "line breaks kept where there are lines");
    for (String field : List.of("nul", "crlf", "rtl", "isolate", "tab", "lone")) {
      assertEquals("form.invalidCharacters", key(form, field), field);
    }
    assertTrue(form.error("lines").isEmpty());
  }

  @Test
  void wholeNumbersRefuseFractionsHugeValuesAndRanges() {
    Form form = form("grouped", "85 000", "fraction", "1.5", "comma", "1,5", "huge", "9".repeat(30), "exp", "1e300000000",
        "low", "-1", "high", "1001", "text", "douze");
    assertEquals(85000, form.wholeNumber("grouped", 0, 100_000));
    form.wholeNumber("fraction", 0, 10);
    form.wholeNumber("comma", 0, 10);
    form.wholeNumber("huge", 0, Long.MAX_VALUE);
    form.wholeNumber("exp", 0, Long.MAX_VALUE);
    form.wholeNumber("low", 0, 1000);
    form.wholeNumber("high", 0, 1000);
    form.wholeNumber("text", 0, 1000);
    assertEquals("form.notWholeNumber", key(form, "fraction"));
    assertEquals("form.notWholeNumber", key(form, "comma"));
    assertEquals("form.notNumber", key(form, "huge"));
    assertEquals("form.notNumber", key(form, "exp"));
    assertEquals("form.tooSmall", key(form, "low"));
    assertEquals("form.tooLarge", key(form, "high"));
    assertEquals(List.of(1000L), form.error("high").get().arguments());
    assertEquals("form.notNumber", key(form, "text"));
    assertEquals(OptionalLong.empty(), form.optionalWholeNumber("absent", 0, 1));
  }

  @Test
  void datesAreRealDaysWithinWhatTheDatabaseKeeps() {
    Form form = form("day", "2026-12-07", "feb30", "2026-02-30", "year0", "0000-01-01", "far", "+10000-01-01",
        "words", "demain");
    assertEquals(LocalDate.of(2026, 12, 7), form.date("day"));
    form.date("feb30");
    form.date("year0");
    form.date("far");
    form.date("words");
    for (String field : List.of("feb30", "year0", "far", "words")) {
      assertEquals("form.notDate", key(form, field), field);
    }
  }

  @Test
  void choicesAndIdsAreOnlyWhatThePageOffered() {
    UUID id = UUID.randomUUID();
    Form form = form("method", "APPROVAL", "other", "DROP TABLE", "id", id.toString(), "badId", "1", "box", "on");
    assertEquals(Kind.APPROVAL, form.choice("method", Kind.class));
    assertEquals(null, form.choice("other", Kind.class));
    assertEquals(id, form.id("id"));
    form.id("badId");
    assertEquals("form.notChoice", key(form, "other"));
    assertEquals("form.notChoice", key(form, "badId"));
    assertTrue(form.checked("box"));
    assertFalse(form.checked("nobox"));
  }

  enum Kind { APPROVAL, SINGLE }

  @Test
  void domainRefusalsNameTheirFieldsOrTheWholeForm() {
    Form form = form("a", "1");
    form.refuse(ProblemException.invalidField("urn:parvis:problem:invalid-request", "title", "is too long"));
    form.refuse(ProblemException.conflict("urn:parvis:problem:petition-closed", "The petition is closed"));
    assertEquals("is too long", form.error("title").get().detail());
    assertEquals("problem.invalid-request", form.error("title").get().key());
    FieldError general = form.errors().get(0);
    assertEquals("", general.field());
    assertEquals("problem.petition-closed", general.key());
    assertEquals("The petition is closed", general.detail());
  }

  @Test
  void theTokenIsNeverPartOfWhatWasTyped() {
    var posted = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
    posted.add("csrf", "secret");
    posted.add("title", "x");
    assertEquals(Map.of("title", "x"), Form.of(posted).typed());
  }

  /** A directory that knows one person. */
  private static final org.parvis.spi.people.People DIRECTORY = new org.parvis.spi.people.People() {
    @Override
    public List<org.parvis.spi.people.Person> search(String query) {
      return List.of();
    }

    @Override
    public Optional<org.parvis.spi.people.Person> find(String subject) {
      return "3f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f".equals(subject)
          ? Optional.of(new org.parvis.spi.people.Person(subject, "Camille Martin", "camille@example.org"))
          : Optional.empty();
    }
  };

  @Test
  void thePersonPickerGivesOnlyAPersonTheDirectoryKnows() {
    Form chosen = form("person", "3f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f", "person-query", "cam");
    assertEquals("Camille Martin", chosen.person("person", DIRECTORY).name());
    assertFalse(chosen.searching("person"));
    assertTrue(chosen.isValid());

    Form forged = form("person", "9f1c2a8e-0000-4c3a-9e8f-0a1b2c3d4e5f");
    assertEquals(null, forged.person("person", DIRECTORY));
    assertEquals("form.unknownPerson", key(forged, "person"));
    Form typed = form("person", "../users/admin?x=1");
    assertEquals(null, typed.person("person", DIRECTORY));
    assertEquals("form.unknownPerson", key(typed, "person"), "never sent to the directory");
    Form none = form("person-query", "cam");
    assertEquals(null, none.person("person", DIRECTORY));
    assertEquals("form.personRequired", key(none, "person"));
  }

  @Test
  void thePersonPickersSearchIsBoundedAndItsButtonIsTold() {
    Form search = form("person-query", "  Cam ", "person-search", "1");
    assertTrue(search.searching("person"));
    assertEquals(Optional.of("Cam"), search.personQuery("person"));
    assertTrue(search.isValid());

    Form tooShort = form("person-query", "c", "person-search", "1");
    assertEquals(Optional.empty(), tooShort.personQuery("person"));
    assertEquals("form.searchTooShort", key(tooShort, "person"));
    Form blank = form("person-search", "1");
    assertEquals(Optional.empty(), blank.personQuery("person"));
    assertEquals("form.searchTooShort", key(blank, "person"));
    Form notSearching = form("person-query", "");
    assertEquals(Optional.empty(), notSearching.personQuery("person"));
    assertTrue(notSearching.isValid(), "no search typed is no error when the form's own button was pressed");
    Form tooLong = form("person-query", "x".repeat(101));
    tooLong.personQuery("person");
    assertEquals("form.tooLong", key(tooLong, "person"));
    Form control = form("person-query", "cam\u0000");
    control.personQuery("person");
    assertEquals("form.invalidCharacters", key(control, "person"));
  }
}
