package org.parvis.spi.demo;

import java.util.function.Supplier;

/**
 * Lets a {@link DemoContent} call use cases that read the {@link org.parvis.spi.security.Caller}
 * (a council member's vote, a circle member's objection) as a demo person, as if they had signed
 * in: inside {@link #as}, the caller's subject is theirs, and so are their tenant roles and their
 * verification. Injectable; works only during a demo load.
 */
public interface DemoActing {

  <T> T as(DemoPerson person, Supplier<T> work);

  default void run(DemoPerson person, Runnable work) {
    as(person, () -> {
      work.run();
      return null;
    });
  }
}
