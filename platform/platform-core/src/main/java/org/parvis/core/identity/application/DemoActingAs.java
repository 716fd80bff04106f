package org.parvis.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.parvis.spi.demo.DemoActing;
import org.parvis.spi.demo.DemoPerson;

/** A demo load acting as a demo person: the request's caller is them meanwhile. */
@ApplicationScoped
public class DemoActingAs implements DemoActing {

  @Override
  public <T> T as(DemoPerson person, Supplier<T> work) {
    return RequestCaller.actingAs(person.subject().toString(), work);
  }
}
