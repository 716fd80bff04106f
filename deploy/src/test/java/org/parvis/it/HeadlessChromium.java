package org.parvis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}), headless, with a fresh profile and nothing fetched from the network: Selenium
 * Manager is never asked for a driver or a browser since both paths are given. A missing browser
 * fails the test rather than skipping it.
 */
final class HeadlessChromium implements AutoCloseable {

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  static HeadlessChromium start() {
    String browser = System.getProperty("parvis.it.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("parvis.it.chromedriver", "/usr/bin/chromedriver");
    assertTrue(Files.isExecutable(Path.of(browser)), "No Chromium at " + browser
        + ": install Debian's chromium package (.ci/run does)");
    assertTrue(Files.isExecutable(Path.of(chromedriver)), "No chromedriver at " + chromedriver
        + ": install Debian's chromium-driver package (.ci/run does)");
    System.setProperty("webdriver.chrome.driver", chromedriver);
    Path profile;
    try {
      profile = Files.createTempDirectory("parvis-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1024",
        "--user-data-dir=" + profile,
        // Tenant hosts are <slug>.localhost and sign-ins return to the platform host localhost:
        // all on the loopback where the test server listens, whatever the resolver says of IPv6.
        "--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP localhost 127.0.0.1");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new HeadlessChromium(profile, driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // A profile left in the temporary directory is harmless.
      }
    }
  }
}
