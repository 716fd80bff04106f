package org.parvis.core.residency.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Census files as communes really send them: their encodings, separators, quotes and headers. */
class CensusFileTest {

  @Test
  void aWindows1252FileWithAccentedNamesAndSemicolonsIsReadAsSuch() {
    byte[] file = file("mairie-windows-1252.csv");
    var decoded = CensusEncoding.decode(file);
    assertEquals("windows-1252", decoded.encoding());
    assertTrue(decoded.text().contains("Lefèvre;Hélène Marie"), decoded.text());

    var parsed = CensusCsv.read(file);
    assertEquals(';', parsed.separator());
    assertTrue(parsed.header());
    assertEquals(3, parsed.residents().size(), parsed.lineErrors()::toString);
    var first = parsed.residents().get(0);
    assertEquals("Lefèvre", first.identity().lastName());
    assertEquals("Hélène Marie", first.identity().firstNames());
    assertEquals(LocalDate.of(1958, 3, 7), first.identity().birthDate());
    assertEquals(Optional.of("Centre-bourg"), first.district());
    assertEquals("Œillet", parsed.residents().get(1).identity().lastName());
    assertEquals("Dupont; dit Dudu", parsed.residents().get(2).identity().lastName(), "a quoted separator");
  }

  @Test
  void aLineWithoutBirthDateIsReportedWithItsLineNumber() {
    var parsed = CensusCsv.read(file("mairie-windows-1252.csv"));
    assertFalse(parsed.valid());
    assertEquals(1, parsed.badLines());
    assertEquals(new CensusCsv.LineError(5, "birthDate", ""), parsed.lineErrors().get(0));
    assertEquals("5", parsed.errors().get(0).get("line"));
    assertEquals("no birth date", parsed.errors().get(0).get("message"));
  }

  @Test
  void aUtf8FileWithAByteOrderMarkCommasQuotesAndAnEnglishHeader() {
    byte[] file = file("export-utf8-bom.csv");
    assertEquals("UTF-8", CensusEncoding.decode(file).encoding());
    assertFalse(CensusEncoding.decode(file).text().startsWith("\uFEFF"));
    var parsed = CensusCsv.read(file);
    assertTrue(parsed.valid(), parsed.lineErrors()::toString);
    assertEquals(',', parsed.separator());
    assertEquals("Martin, dit \"Paulo\"", parsed.residents().get(0).identity().lastName());
    assertEquals("Ørsted", parsed.residents().get(1).identity().lastName());
    assertEquals(LocalDate.of(1999, 12, 31), parsed.residents().get(1).identity().birthDate());
    assertEquals(Optional.of("South"), parsed.residents().get(1).district());
  }

  @Test
  void aFileInNeitherEncodingIsRefused() {
    var utf16 = assertThrows(CensusEncoding.Unreadable.class, () -> CensusCsv.read(file("export-utf16.csv")));
    assertEquals(3, utf16.offset(), "the first NUL after the UTF-16 byte order mark");
    var undefined = assertThrows(CensusEncoding.Unreadable.class,
        () -> CensusEncoding.decode(file("undefined-byte.csv")));
    assertEquals(36, undefined.offset(), "0x81 is undefined in Windows-1252");
    assertThrows(CensusEncoding.Unreadable.class,
        () -> CensusEncoding.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xE9}),
        "a byte order mark promises UTF-8");
    assertThrows(CensusEncoding.Unreadable.class,
        () -> CensusEncoding.decode("Durand;Éric\u0007;1970-01-01".getBytes(StandardCharsets.UTF_8)),
        "control characters");
  }

  @Test
  void validUtf8IsNeverReadAsWindows1252() {
    byte[] utf8 = "Lefèvre;Zoé;1958-03-07".getBytes(StandardCharsets.UTF_8);
    assertEquals("Lefèvre;Zoé;1958-03-07", CensusEncoding.decode(utf8).text());
    byte[] latin = "Lefèvre;Zoé;1958-03-07".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals("Lefèvre;Zoé;1958-03-07", CensusEncoding.decode(latin).text());
  }

  @Test
  void frenchHeadersInAnyOrderWithOtherColumns() {
    var parsed = CensusCsv.parse("N° électeur;Prénom;Nom d'usage;Né(e) le;Bureau;Quartier\n"
        + "12;Luc;Petit;02/03/2001;1;Les Prés\n"
        + "13;Anne;Roux;2001-13-01;1;\n");
    assertTrue(parsed.header());
    assertEquals(1, parsed.residents().size());
    assertEquals("PETIT|LUC|2001-03-02", parsed.residents().get(0).identity().canonical());
    assertEquals(Optional.of("Les Prés"), parsed.residents().get(0).district());
    assertEquals(new CensusCsv.LineError(3, "date", "2001-13-01"), parsed.lineErrors().get(0));
  }

  @Test
  void aThreeColumnFrenchHeaderStillAllowsTheDistrictInAFourthColumn() {
    var parsed = CensusCsv.parse("nom;prénoms;date de naissance\nDUPONT;Camille;1980-01-01;Secteur 1\n"
        + "NOMADE;Camille;1980-01-01;\nMARTIN;Paul;1990-01-01\n");
    assertTrue(parsed.valid(), parsed.lineErrors()::toString);
    assertEquals(Optional.of("Secteur 1"), parsed.residents().get(0).district());
    assertEquals(Optional.empty(), parsed.residents().get(1).district());
  }

  @Test
  void cellsBeyondANamedHeaderMustBeBlank() {
    var parsed = CensusCsv.parse("prénom;nom;né le\nLuc;Petit;02/03/2001;;\nAnne;Roux;1990-01-01;en trop\n");
    assertEquals(1, parsed.residents().size());
    assertEquals(new CensusCsv.LineError(3, "fields", "4"), parsed.lineErrors().get(0));
  }

  @Test
  void aHeaderWithoutABirthDateColumnIsAnError() {
    var parsed = CensusCsv.parse("nom;prénom;quartier\nPetit;Luc;Nord\n");
    assertFalse(parsed.valid());
    assertEquals(new CensusCsv.LineError(1, "header", "birthDate"), parsed.lineErrors().get(0));
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsLine() {
    var parsed = CensusCsv.parse("Petit;Luc;02/03/2001\n\"Roux;Anne;2001-01-01\nMartin;Paul;1990-01-01\n");
    assertFalse(parsed.valid());
    assertEquals(2, parsed.lineErrors().get(0).line());
    assertEquals("quotes", parsed.lineErrors().get(0).problem());
  }

  @Test
  void manyBadLinesAreCountedButOnlyTheFirstAreListed() {
    StringBuilder csv = new StringBuilder("nom;prénom;date de naissance\n");
    for (int i = 0; i < 30; i++) {
      csv.append("Petit;Luc;\n");
    }
    var parsed = CensusCsv.parse(csv.toString());
    assertEquals(30, parsed.badLines());
    assertEquals(CensusCsv.MAX_ERRORS, parsed.lineErrors().size());
    assertEquals(31, parsed.lineErrors().get(19).line() + 10);
  }

  private static byte[] file(String name) {
    try (InputStream in = CensusFileTest.class.getResourceAsStream("/census/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
