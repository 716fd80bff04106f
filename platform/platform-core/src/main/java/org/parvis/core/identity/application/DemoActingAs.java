package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.parvis.spi.demo.DemoActing;
import org.parvis.spi.demo.DemoPerson;

/** A demo load acting as a demo person: the request's caller is them meanwhile. */
@ApplicationScoped
public class DemoActingAs implements DemoActing {

  /** Whether this thread runs a module's demo load ({@link #during}). */
  private static final ThreadLocal<Boolean> LOADING = new ThreadLocal<>();

  /** Runs a module's demo load: only inside it may the module act as a demo person. */
  public static void during(Runnable load) {
    LOADING.set(Boolean.TRUE);
    try {
      load.run();
    } finally {
      LOADING.remove();
    }
  }

  @Override
  public <T> T as(DemoPerson person, Supplier<T> work) {
    if (LOADING.get() == null) {
      // Acting as someone else is for filling a demo tenant at start-up, never for a request or a task.
      throw new IllegalStateException("DemoActing used outside a demo load");
    }
    return RequestCaller.actingAs(person.subject().toString(), work);
  }
}
