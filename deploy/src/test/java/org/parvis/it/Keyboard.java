package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Key presses sent to whatever has the focus, as a keyboard does; never a click. */
final class Keyboard {

  /** What has the focus: enough to tell where one is and whether one can see it. */
  record FocusStop(String tag, String id, String href, String name, boolean outlined) {

    /** A keyboard user can tell what it is (accessible name) and see that it has the focus. */
    void assertUsable() {
      assertFalse(name.isBlank(), "no accessible name: " + this);
      assertTrue(outlined, "no visible focus: " + this);
    }
  }

  private static final int MAX_STOPS = 60;
  private final WebDriver driver;

  Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  void press(CharSequence keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  FocusStop tab() {
    press(Keys.TAB);
    return focused();
  }

  void tabBack(int times) {
    for (int i = 0; i < times; i++) {
      new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }
  }

  /** Tabs until {@code target} has the focus; every stop on the way is added to {@code visited}. */
  FocusStop tabTo(Predicate<FocusStop> target, List<FocusStop> visited) {
    for (int i = 0; i < MAX_STOPS; i++) {
      FocusStop stop = tab();
      visited.add(stop);
      if (target.test(stop)) {
        return stop;
      }
    }
    throw new AssertionError("Not reachable with Tab; focus went through " + visited);
  }

  FocusStop focused() {
    WebElement element = driver.switchTo().activeElement();
    @SuppressWarnings("unchecked")
    List<Object> facts = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
        var e = document.activeElement, s = getComputedStyle(e);
        var outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return [e.tagName.toLowerCase(), e.id || '', e.getAttribute('href') || '', outlined];
        """);
    String name = element.getAccessibleName();
    return new FocusStop((String) facts.get(0), (String) facts.get(1), (String) facts.get(2),
        name == null ? "" : name.trim(), (Boolean) facts.get(3));
  }

  /** Presses a key that leaves the page (a link, a submit) and waits for the next one. */
  void followWith(CharSequence key) {
    WebElement page = driver.findElement(By.tagName("html"));
    press(key);
    waitFor(d -> gone(page), "a new page after " + key);
    waitFor(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")), "the new page loaded");
  }

  /**
   * Keycloak's own login page: the username, Enter, then (identity-first, once organizations
   * exist) the password on a page of its own, Enter; or both on one page.
   */
  void signInOnKeycloak(String username, String password) {
    waitFor(d -> d.getCurrentUrl().contains("/realms/"), "Keycloak's login page");
    for (int step = 0; step < 3 && driver.getCurrentUrl().contains("/realms/"); step++) {
      if (visible("username") && driver.findElement(By.id("username")).getDomProperty("value")
          .isEmpty()) {
        focusField("username");
        press(username);
      }
      if (visible("password")) {
        focusField("password");
        press(password);
      }
      followWith(Keys.ENTER);
    }
  }

  private boolean visible(String id) {
    return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The field already has the focus (autofocus) or is reached with Tab. */
  private void focusField(String id) {
    if (!focused().id().equals(id)) {
      tabTo(s -> s.id().equals(id), new ArrayList<>());
    }
  }

  /**
   * The element belongs to a page that was left. Chromium reports an element of an unloaded document either as
   * stale or, while the next page is being built, as "does not belong to the document": both mean it is gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  <T> T waitFor(Function<WebDriver, T> condition, String what) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(condition);
  }
}
