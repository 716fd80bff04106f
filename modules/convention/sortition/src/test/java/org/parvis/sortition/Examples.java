package org.parvis.sortition;

import java.util.ArrayList;
import java.util.List;

/** Small hand-checked instances from the Sortition Foundation library's tests. */
final class Examples {
  private Examples() {}

  /** Builds people from "id:value1,value2…:household" strings. */
  static SortitionProblem problem(List<QuotaValue> quotas, int k, boolean households,
      String... people) {
    Quotas q = new Quotas(quotas);
    List<Person> pool = new ArrayList<>();
    for (String spec : people) {
      String[] parts = spec.split(":");
      String[] values = parts[1].split(",");
      int[] v = new int[values.length];
      for (int c = 0; c < v.length; c++) {
        v[c] = q.valueIndex(c, values[c]);
      }
      pool.add(new Person(parts[0], v, parts.length > 2 ? parts[2] : null));
    }
    return new SortitionProblem(q, pool, k, households);
  }

  /** 5 people, k = 2: age child/adult and franchise simpsons/ducktales, each 1..2. */
  static SortitionProblem simpsons(boolean households) {
    return problem(List.of(new QuotaValue("age", "child", 1, 2),
            new QuotaValue("age", "adult", 1, 2), new QuotaValue("franchise", "simpsons", 1, 2),
            new QuotaValue("franchise", "ducktales", 1, 2)), 2, households,
        "lisa:child,simpsons:1", "marge:adult,simpsons:3", "louie:child,ducktales:2",
        "dewey:child,ducktales:2", "scrooge:adult,ducktales:1");
  }

  /** 4 people, k = 2: every panel must contain "a". */
  static SortitionProblem forcedMember(int maxV1) {
    List<QuotaValue> quotas = new ArrayList<>();
    for (String f : List.of("f1", "f2", "f3")) {
      quotas.add(new QuotaValue(f, "v1", 1, maxV1));
      quotas.add(new QuotaValue(f, "v2", 0, 2));
    }
    return problem(quotas, 2, false,
        "a:v1,v1,v1", "b:v1,v2,v2", "c:v2,v1,v2", "d:v2,v2,v1");
  }

  /** 7 people, k = 5: exactly 4 men, 1 woman, 4 liberals, 1 conservative. */
  static SortitionProblem sevenPeople() {
    return problem(List.of(new QuotaValue("gender", "female", 1, 1),
            new QuotaValue("gender", "male", 4, 4), new QuotaValue("political", "liberal", 4, 4),
            new QuotaValue("political", "conservative", 1, 1)), 5, false,
        "adam:male,liberal", "brian:male,liberal", "cameron:male,liberal", "dave:male,liberal",
        "elinor:female,liberal", "frank:male,conservative", "grace:female,conservative");
  }

  /** 61 people, k = 46: p61 is in no feasible panel although fractionally it would fit. */
  static SortitionProblem unselectable() {
    List<QuotaValue> quotas = new ArrayList<>();
    for (String f : List.of("f1", "f2", "f3")) {
      quotas.add(new QuotaValue(f, "v1", 15, 46));
      quotas.add(new QuotaValue(f, "v2", 15, 46));
      quotas.add(new QuotaValue(f, "v3", 0, 46));
    }
    String[] kinds = {"v1,v1,v3", "v1,v3,v1", "v3,v1,v1", "v2,v2,v3", "v2,v3,v2", "v3,v2,v2"};
    List<String> people = new ArrayList<>();
    for (int kind = 0; kind < kinds.length; kind++) {
      for (int i = 1; i <= 10; i++) {
        people.add("p" + (kind * 10 + i) + ":" + kinds[kind]);
      }
    }
    people.add("p61:v3,v3,v3");
    return problem(quotas, 46, false, people.toArray(new String[0]));
  }
}
