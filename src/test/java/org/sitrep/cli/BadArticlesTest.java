package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;

/**
 * A batch with one good article among every kind of bad input: each bad one is reported once on
 * stderr with its file and what is wrong, the good one is still coded, and the exit code says some
 * input failed.
 */
@NeedsModels
class BadArticlesTest {
  private static final String GOOD =
      "{\"id\":\"good\",\"published\":\"2015-05-11\",\"text\":\"Russian President Vladimir Putin met German"
          + " Chancellor Angela Merkel in Moscow on Sunday.\"}";

  @TempDir static Path dir;
  private static CliRun run;

  @BeforeAll
  static void codeABatchOfBadArticles() throws Exception {
    Files.writeString(dir.resolve("a-good.json"), GOOD);
    Files.writeString(dir.resolve("empty.json"), "");
    Files.write(
        dir.resolve("binary.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff});
    Files.writeString(
        dir.resolve("truncated.json"),
        "{\"id\":\"cut\",\"published\":\"2015-05-11\",\"text\":\"Russia att");
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    Files.writeString(
        dir.resolve("scripts.html"),
        "<html><head><script>var a = 1;</script></head><body><script>track()</script><nav>Home</nav></body></html>");
    Files.writeString(
        dir.resolve("feed.xml"),
        String.join(
            "\n",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>",
            "<item><title>ok</title><guid>item-ok</guid><pubDate>Mon, 11 May 2015 08:00:00 GMT</pubDate>",
            "<description>Russia attacked Ukraine on Saturday.</description></item>",
            "<item><title>broken</title><guid>item-broken</guid><pubDate>not a date</pubDate>",
            "<description>Ukraine attacked Russia.</description></item>",
            "</channel></rss>"));
    Files.writeString(
        dir.resolve("russian.json"),
        "{\"id\":\"ru\",\"published\":\"2015-05-11\",\"text\":\"Президент России Владимир Путин встретился с канцлером"
            + " Германии Ангелой Меркель в Москве в воскресенье. Стороны обсудили ситуацию на Украине.\"}",
        StandardCharsets.UTF_8);
    run = CliRun.of("code", "--date", "2015-05-11", dir.toString());
  }

  @Test
  void theExitCodeSaysSomeInputFailed() {
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
  }

  @Test
  void theGoodArticlesAreStillCoded() {
    assertThat(run.out()).contains("\"article\":\"good\"").contains("\"article\":\"item-ok\"");
  }

  @Test
  void eachBadInputIsReportedOnceWithItsFileAndRecord() {
    List<String> problems =
        run.errLines().stream().filter(l -> l.startsWith("sitrep: " + dir)).toList();
    assertThat(problems).hasSize(7);
    assertThat(line(problems, "empty.json")).contains("empty");
    assertThat(line(problems, "binary.txt")).containsIgnoringCase("UTF-8");
    assertThat(line(problems, "truncated.json")).containsIgnoringCase("line 1");
    assertThat(line(problems, "huge.txt")).contains("too large");
    assertThat(line(problems, "scripts.html")).contains("no article text");
    assertThat(line(problems, "feed.xml")).contains("item 2").contains("date");
    assertThat(line(problems, "russian.json")).contains("not English");
  }

  @Test
  void noStackTraceReachesTheUser() {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private static String line(List<String> problems, String file) {
    return problems.stream()
        .filter(l -> l.contains(file))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no problem reported for " + file + " in " + problems));
  }
}
