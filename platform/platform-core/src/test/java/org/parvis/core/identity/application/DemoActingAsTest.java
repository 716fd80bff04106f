package org.parvis.core.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parvis.spi.demo.DemoPerson;

class DemoActingAsTest {

  private final DemoPerson lea = new DemoPerson(UUID.fromString("5a1e0c3e-0b7a-4d0e-9a57-0d7e5e0a0101"), "Léa", true);

  @Test
  void aModuleCannotActAsSomeoneElseOutsideADemoLoad() {
    assertThrows(IllegalStateException.class, () -> new DemoActingAs().as(lea, () -> "acted"));
  }

  @Test
  void duringADemoLoadItActsAsTheDemoPerson() {
    var result = new AtomicReference<String>();
    DemoActingAs.during(() -> result.set(new DemoActingAs().as(lea, () -> "acted")));
    assertEquals("acted", result.get());
    assertThrows(IllegalStateException.class, () -> new DemoActingAs().as(lea, () -> "acted"),
        "the permission ends with the load");
  }
}
