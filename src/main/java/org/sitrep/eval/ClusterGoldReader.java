package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the clustering gold files of a folder ({@code {"events":[...]}}, every {@code *.json}),
 * strictly: an unknown key or a missing field is a {@link GoldFormatException} naming file, line
 * and column.
 *
 * <pre>
 * {@code List<GoldCluster> gold = ClusterGoldReader.readAll(Path.of("samples/clusters/gold"));}
 * </pre>
 */
public final class ClusterGoldReader {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ClusterGoldReader() {}

  /** Every event of every gold file in {@code dir}, in file order. */
  public static List<GoldCluster> readAll(Path dir) throws IOException {
    List<GoldCluster> clusters = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      clusters.addAll(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
    }
    return clusters;
  }

  /** The events of one gold file; {@code origin} names it in error messages. */
  public static List<GoldCluster> parse(String json, String origin) {
    try {
      FileJson file = MAPPER.readValue(json, FileJson.class);
      List<GoldCluster> clusters = new ArrayList<>();
      for (EventJson e : required(file.events(), "events")) {
        List<GoldCluster.GoldReport> reports = new ArrayList<>();
        for (MentionJson m : required(e.mentions(), "mentions")) {
          reports.add(
              new GoldCluster.GoldReport(
                  text(m.article(), "article"),
                  text(m.evidence(), "evidence"),
                  m.source() == null ? text(e.source(), "source") : m.source(),
                  m.target() == null ? orEmpty(e.target()) : m.target()));
        }
        clusters.add(
            new GoldCluster(
                text(e.id(), "id"),
                text(e.source(), "source"),
                orEmpty(e.target()),
                text(e.root(), "root"),
                required(e.contested(), "contested"),
                e.contestedOn() == null ? List.of() : e.contestedOn(),
                orEmpty(e.neighbourOf()),
                reports));
      }
      return clusters;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      String message = e.getOriginalMessage();
      throw new GoldFormatException(
          origin,
          line,
          column,
          message == null ? "not gold JSON" : message.lines().findFirst().orElse(message));
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(origin, 0, 0, String.valueOf(e.getMessage()));
    }
  }

  private static <T> List<T> required(@Nullable List<T> list, String what) {
    if (list == null) {
      throw new IllegalArgumentException("expected \"" + what + "\"");
    }
    return list;
  }

  private static boolean required(@Nullable Boolean value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("expected \"" + what + "\": true or false");
    }
    return value;
  }

  private static String text(@Nullable String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("expected a non-empty \"" + what + "\"");
    }
    return value.strip();
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private record FileJson(@JsonProperty("events") @Nullable List<EventJson> events) {}

  private record EventJson(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("title") @Nullable String title,
      @JsonProperty("source") @Nullable String source,
      @JsonProperty("target") @Nullable String target,
      @JsonProperty("code") @Nullable String code,
      @JsonProperty("root") @Nullable String root,
      @JsonProperty("date") @Nullable String date,
      @JsonProperty("contested") @Nullable Boolean contested,
      @JsonProperty("contested_on") @Nullable List<String> contestedOn,
      @JsonProperty("neighbour_of") @Nullable String neighbourOf,
      @JsonProperty("note") @Nullable String note,
      @JsonProperty("mentions") @Nullable List<MentionJson> mentions) {}

  private record MentionJson(
      @JsonProperty("article") @Nullable String article,
      @JsonProperty("evidence") @Nullable String evidence,
      @JsonProperty("claimed_by") @Nullable String claimedBy,
      @JsonProperty("quantity") @Nullable String quantity,
      @JsonProperty("source") @Nullable String source,
      @JsonProperty("target") @Nullable String target) {}
}
