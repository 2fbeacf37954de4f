package org.sitrep.api;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the dashboard's browser tests, with the waits and reads they share.
 * Needs the Debian packages {@code chromium} and {@code chromium-driver} (paths overridable with
 * SITREP_CHROMIUM and SITREP_CHROMEDRIVER); without them {@link #missing()} says why, and under
 * SITREP_REQUIRE_BROWSER=1 (CI) their absence is a failure instead.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final By TABLE_READY =
      By.cssSelector("#events-table[data-state=\"ready\"] tbody tr[data-event-id]");

  final WebDriver driver;

  private HeadlessChromium(WebDriver driver) {
    this.driver = driver;
  }

  /** Why no browser can run here, if none can. */
  static Optional<String> missing() {
    Path chromium = chromium();
    Path chromedriver = chromedriver();
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return Optional.empty();
    }
    String message =
        "no browser at "
            + chromium
            + " / "
            + chromedriver
            + ": install it with"
            + " `apt-get install chromium chromium-driver` or set SITREP_CHROMIUM and SITREP_CHROMEDRIVER";
    if ("1".equals(System.getenv("SITREP_REQUIRE_BROWSER"))) {
      throw new AssertionError(message + " (SITREP_REQUIRE_BROWSER=1)");
    }
    return Optional.of(message);
  }

  /** Starts Chromium with its profile in {@code dir}. */
  static HeadlessChromium start(Path dir) throws IOException {
    // Both paths given explicitly, so Selenium Manager has nothing to look up or download.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver().toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    File profile = Files.createDirectories(dir.resolve("chromium-profile")).toFile();
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1800",
        "--user-data-dir=" + profile);
    // The console is where a Content-Security-Policy violation shows.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    Files.createDirectories(SCREENSHOTS);
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Waits until every view says it is ready. */
  void awaitViews() {
    for (String view : List.of("timeline", "network", "map", "events-table")) {
      waiting().until(ExpectedConditions.attributeToBe(By.id(view), "data-state", "ready"));
    }
  }

  /** Waits for the event table to have loaded, and returns its rows. */
  List<WebElement> loadedRows() {
    waiting().until(ExpectedConditions.presenceOfElementLocated(TABLE_READY));
    return driver.findElements(By.cssSelector("#events-table tbody tr[data-event-id]"));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  void screenshot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path chromium() {
    return Path.of(env("SITREP_CHROMIUM", "/usr/bin/chromium"));
  }

  private static Path chromedriver() {
    return Path.of(env("SITREP_CHROMEDRIVER", "/usr/bin/chromedriver"));
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
