package org.sitrep.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Writes one report of a stored event as a line of a GDELT 2.0 Mentions file: the 16 tab-separated
 * columns of GDELT's Mentions table, in its order, no header ({@link #COLUMNS} names them). Its
 * GLOBALEVENTID is the event's line's in {@link GdeltTsv}, so the two files join.
 *
 * <pre>{@code GdeltMentionsTsv.line(GdeltTsv.globalEventId(event), added, mention, article)
 * // 4811632107530815562	20241110000000	20241111000000	1	Reuters	https://...	4	...}</pre>
 *
 * <p>What sitrep knows fills its column (docs/record-format.md says which): the article's outlet,
 * address, publication day and length, the sentence (GDELT counts from 1), where the actors' words
 * stand in the article. What it does not measure is left empty, as GDELT leaves a column it has
 * nothing for: Confidence, MentionDocTone, MentionDocTranslationInfo (every article is taken as
 * English, which GDELT leaves empty too) and Extras; ActionCharOffset is -1, GDELT's "not found":
 * the words of the action are not kept.
 */
public final class GdeltMentionsTsv {
  /** GDELT 2.0's Mentions columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  /** GDELT's MentionType for a document on the web, with its address. */
  static final String WEB = "1";

  /** GDELT's MentionType for a source known by a citation only: an article with no address. */
  static final String CITATION_ONLY = "2";

  private static final String NOT_FOUND = "-1";

  private GdeltMentionsTsv() {}

  /**
   * The article a mention comes from, as the Mentions table describes it: outlet, address,
   * publication day and length in characters (empty when not known).
   */
  public record Source(
      Optional<String> outlet,
      Optional<String> url,
      Optional<LocalDate> published,
      OptionalInt length) {
    public Source {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(length, "length");
    }
  }

  /**
   * The mention as a Mentions line, without the line break: {@code globalEventId} and {@code
   * eventAdded} are those of the event's line ({@link GdeltTsv#globalEventId}, its DATEADDED),
   * {@code mention} the event as this article told it.
   */
  public static String line(long globalEventId, LocalDate eventAdded, Event mention, Source from) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(Long.toString(globalEventId));
    cells.add(timestamp(eventAdded));
    // GDELT's moment it saw the article; ours is the day the article was published
    cells.add(from.published().map(GdeltMentionsTsv::timestamp).orElse(""));
    cells.add(from.url().isPresent() ? WEB : CITATION_ONLY);
    cells.add(from.outlet().or(from::url).orElse(""));
    cells.add(from.url().orElse(mention.article()));
    cells.add(Integer.toString(mention.sentence() + 1));
    OptionalInt source = offset(mention, Optional.of(mention.source()));
    OptionalInt target = offset(mention, mention.target());
    cells.add(source.isPresent() ? Integer.toString(source.getAsInt()) : NOT_FOUND);
    cells.add(target.isPresent() ? Integer.toString(target.getAsInt()) : NOT_FOUND);
    cells.add(NOT_FOUND); // ActionCharOffset: the action's words are not kept
    // 1: the sentence names every actor in its own words; 0: one was inferred (GDELT's 0 too)
    boolean inText = source.isPresent() && (mention.target().isEmpty() || target.isPresent());
    cells.add(inText ? "1" : "0");
    cells.add(""); // Confidence: sitrep scores no mention's confidence
    cells.add(from.length().isPresent() ? Integer.toString(from.length().getAsInt()) : "");
    cells.add(""); // MentionDocTone: not measured
    cells.add(""); // MentionDocTranslationInfo: English, which GDELT leaves empty
    cells.add(""); // Extras
    return String.join("\t", cells.stream().map(GdeltTsv::clean).toList());
  }

  /** Where the actor's words start in the article: inside the sentence the event was coded from. */
  private static OptionalInt offset(Event mention, Optional<ActorRef> actor) {
    if (actor.isEmpty() || actor.get().text().isBlank()) {
      return OptionalInt.empty();
    }
    int at = mention.evidence().text().indexOf(actor.get().text());
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(mention.evidence().start() + at);
  }

  /** GDELT's YYYYMMDDHHMMSS, at midnight: sitrep knows days, not moments. */
  private static String timestamp(LocalDate day) {
    return day.format(GdeltTsv.DAY) + "000000";
  }
}
