package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortitionCsvTest {
  @TempDir Path dir;

  @Test
  void replicationLayoutNumbersRowsAndIgnoresCase() throws Exception {
    Path categories = write("c.csv", "category,feature,min,max\ngender,Female,1,2\ngender,male,0,2\n");
    Path respondents = write("r.csv", "Gender\nFEMALE\n male \nfemale");
    SortitionCsv.Pool pool = SortitionCsv.read(categories, respondents);
    assertEquals(3, pool.people().size());
    assertEquals("1", pool.people().get(0).id());
    assertEquals(1, pool.people().get(1).values()[0]);
    assertNull(pool.people().get(0).household());
  }

  @Test
  void foundationLayoutReadsIdsAndHouseholds() throws Exception {
    Path features = write("f.csv",
        "feature,value,min,max,min_flex,max_flex\nGender,Female,1,1,0,2\nGender,Male,1,1,0,2\n");
    Path people = write("p.csv", "nationbuilder_id,name,gender,address\n"
        + "p1,\"Smith, Ann\",female,1 Rue A\np2,Bob,Male,1 rue a\n");
    SortitionCsv.Pool pool = SortitionCsv.read(features, people, null, List.of("address"));
    assertEquals("p1", pool.people().get(0).id());
    assertNotNull(pool.people().get(0).household());
    assertEquals(pool.people().get(0).household(), pool.people().get(1).household());
  }

  @Test
  void unknownValuesAreNamedWithTheirRow() throws Exception {
    Path categories = write("c.csv", "category,feature,min,max\ngender,female,1,2\ngender,male,0,2\n");
    Path respondents = write("r.csv", "gender\nfemale\nrobot\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SortitionCsv.read(categories, respondents));
    assertTrue(e.getMessage().contains("row 3"), e.getMessage());
    assertTrue(e.getMessage().contains("'robot'"), e.getMessage());
    assertTrue(e.getMessage().contains("female, male"), e.getMessage());
  }

  @Test
  void missingCategoryColumnIsAnError() throws Exception {
    Path categories = write("c.csv", "category,feature,min,max\nage,young,1,2\n");
    Path respondents = write("r.csv", "gender\nfemale\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SortitionCsv.read(categories, respondents));
    assertTrue(e.getMessage().contains("'age'"), e.getMessage());
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }
}
