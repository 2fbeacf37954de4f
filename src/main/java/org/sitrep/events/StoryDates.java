package org.sitrep.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.Word;
import org.sitrep.events.EventDates.EventDate;
import org.sitrep.model.ActorCode;
import org.sitrep.model.DatePrecision;

/*
 * Design note. An event whose clause names no time still happened at some time the story has
 * told: first the date of its source's last event that had one of its own ("Trump spoke to
 * Zelenskyy on November 8. ... Zelenskyy described the call as excellent"), else the last date
 * the story named before it in its paragraph or, at a paragraph's start, its lead's date (news
 * narrates from its lead's day on), else the publication date. The target's dates are not
 * borrowed: "Fico said on Thursday he would lift his veto on the EU's package. ... Peskov called
 * the EU's sanctions illegal" tells nothing of when Peskov spoke.
 * One StoryDates follows one article in reading order.
 */

/** The dates an article has told so far, for the events that name none. */
public final class StoryDates {
  private final LocalDate published;
  private final Map<ActorCode, EventDate> actorDates = new HashMap<>();
  private Optional<EventDate> lastNamed = Optional.empty();
  private Optional<EventDate> beforeSentence = Optional.empty();
  private Optional<EventDate> lead = Optional.empty();
  private boolean leadRead;

  public StoryDates(LocalDate published) {
    this.published = published;
  }

  /** Reads the next sentence; dates given until then stay what {@link #date} falls back on. */
  public void read(List<Word> sentence) {
    read(sentence, false);
  }

  /**
   * As {@link #read(List)}; a new paragraph returns to the lead's date, since a date named in a
   * paragraph ("Late on Wednesday, Thailand recalled its ambassador") tells a step back in time
   * that the next paragraph does not keep.
   */
  public void read(List<Word> sentence, boolean paragraphStart) {
    if (paragraphStart && leadRead) {
      lastNamed = lead;
    }
    beforeSentence = lastNamed;
    Optional<EventDate> before = lastNamed;
    lastNamed = EventDates.sentenceDate(sentence, published, anchor()).or(() -> before);
    if (!leadRead) {
      lead = lastNamed;
      leadRead = true;
    }
  }

  /** The day the story had reached before this sentence: "a day earlier" counts from it. */
  LocalDate anchor() {
    return beforeSentence
        .filter(d -> d.precision() == DatePrecision.DAY)
        .map(EventDate::date)
        .orElse(published);
  }

  /**
   * The date of an event whose own clause gave {@code own}, between {@code source} and {@code
   * target}.
   */
  EventDate date(EventDate own, ActorCode source, ActorCode target) {
    if (own.precision() != DatePrecision.PUBLISHED) {
      actorDates.put(source, own);
      actorDates.put(target, own);
      return own;
    }
    return Optional.ofNullable(actorDates.get(source)).or(() -> beforeSentence).orElse(own);
  }
}
