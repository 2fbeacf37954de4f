package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads gold files ({@code {"id","events":[...],"quotes":[...]}}, see shared/examples/README.md).
 * Reading is strict: an unknown key, a wrong type, a bad date or a root that disagrees with its
 * code is a {@link GoldFormatException} naming file, line and column, because a typo in a gold file
 * silently changes every score computed against it.
 *
 * <pre>
 * {@code Optional<GoldArticle> gold = GoldReader.find(Path.of("gold"), "seed");  // gold/seed.json}
 * </pre>
 */
public final class GoldReader {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  // An id that is a plain file name; anything else cannot name a file in the gold folder.
  private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:]+");

  private GoldReader() {}

  /** Reads one gold file. */
  public static GoldArticle read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * The gold file of an article, {@code dir/<articleId>.json}; empty when there is none (the caller
   * reports it). The file's {@code id} must be the article id.
   */
  public static Optional<GoldArticle> find(Path dir, String articleId) throws IOException {
    if (!FILE_NAME.matcher(articleId).matches() || articleId.equals("..")) {
      return Optional.empty();
    }
    Path file = dir.resolve(articleId + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    GoldArticle gold = read(file);
    if (!gold.id().equals(articleId)) {
      throw new GoldFormatException(
          file.toString(),
          0,
          0,
          "expected id '" + articleId + "' (the file name), found '" + gold.id() + "'");
    }
    return Optional.of(gold);
  }

  /** Reads gold JSON; {@code origin} names it in error messages. */
  public static GoldArticle parse(String json, String origin) {
    try {
      return MAPPER.readValue(json, FileJson.class).article;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      throw new GoldFormatException(origin, line, column, reason(e));
    }
  }

  private static String reason(JsonProcessingException e) {
    // Our own checks run in the constructors below; Jackson wraps their exceptions.
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof IllegalArgumentException) {
      return String.valueOf(e.getCause().getMessage());
    }
    String message = e.getOriginalMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static Optional<String> optional(String value) {
    return orEmpty(value).isEmpty() ? Optional.empty() : Optional.of(value.strip());
  }

  private static <T> List<T> elements(List<T> list, String what) {
    if (list == null) {
      return List.of();
    }
    if (list.contains(null)) {
      throw new IllegalArgumentException("expected " + what + " objects, found null");
    }
    return list;
  }

  /** The top-level object. */
  private static final class FileJson {
    final GoldArticle article;

    @JsonCreator
    FileJson(
        @JsonProperty("id") String id,
        @JsonProperty("events") List<EventJson> events,
        @JsonProperty("quotes") List<QuoteJson> quotes) {
      if (orEmpty(id).isEmpty()) {
        throw new IllegalArgumentException("expected a non-empty \"id\"");
      }
      article =
          new GoldArticle(
              id.strip(),
              elements(events, "event").stream().map(e -> e.event).toList(),
              elements(quotes, "quote").stream().map(q -> q.quote).toList());
    }
  }

  /** One element of {@code events}. */
  private static final class EventJson {
    final GoldEvent event;

    // Jackson binds one parameter per field of a gold event, so a bad value fails with its line
    @SuppressWarnings("checkstyle:ParameterNumber")
    @JsonCreator
    EventJson(
        @JsonProperty("source") String source,
        @JsonProperty("target") String target,
        @JsonProperty("code") String code,
        @JsonProperty("root") String root,
        @JsonProperty("date") String date,
        @JsonProperty("quantity") String quantity,
        @JsonProperty("location") String location,
        @JsonProperty("claimed_by") String claimedBy,
        @JsonProperty("evidence") String evidence,
        @JsonProperty("note") String note) {
      if (orEmpty(source).isEmpty()) {
        throw new IllegalArgumentException("expected a non-empty \"source\" actor code");
      }
      String cameo = orEmpty(code);
      if (!cameo.matches("\\d{2,4}")) {
        throw new IllegalArgumentException(
            "expected a CAMEO \"code\" of 2-4 digits, found '" + cameo + "'");
      }
      if (!orEmpty(root).isEmpty() && !cameo.startsWith(orEmpty(root))) {
        throw new IllegalArgumentException(
            "\"root\" '" + root + "' is not the start of \"code\" '" + cameo + "'");
      }
      event =
          new GoldEvent(
              source.strip(),
              optional(target),
              cameo,
              optional(date).map(GoldDate::parse),
              optional(quantity),
              optional(location),
              optional(claimedBy),
              orEmpty(evidence),
              orEmpty(note));
    }
  }

  /** One element of {@code quotes}. */
  private static final class QuoteJson {
    final GoldQuote quote;

    @JsonCreator
    QuoteJson(
        @JsonProperty("speaker") String speaker,
        @JsonProperty("speaker_actor") String speakerActor,
        @JsonProperty("starts_with") String startsWith) {
      if (orEmpty(startsWith).isEmpty()) {
        throw new IllegalArgumentException("expected a non-empty \"starts_with\" in a quote");
      }
      quote = new GoldQuote(orEmpty(speaker), optional(speakerActor), startsWith.strip());
    }
  }
}
