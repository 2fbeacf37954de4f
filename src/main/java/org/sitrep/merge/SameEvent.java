package org.sitrep.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;

/*
 * Design note. Two reports tell the same event when nothing they know rules it out and enough
 * agrees. Ruled out: two events coded from one sentence (unless they are its two directions, "the
 * two sides clashed"); actors of other countries, or of roles that exclude each other (a bare
 * country fits any role, and organs of one state fit each other); codes of other roots, except
 * within the material-conflict family 18-20 (one outlet's "bombing" is another's "air strike");
 * days that cannot be the same (a publication date stands in for the day before too; a month or
 * year contains its days; two day-precise dates a day apart, or a date known only by its month
 * or year, need the same place or figure: the same dyad's other events are as near, and daily
 * reports are told in the same words); two towns more than 50 km apart (the same night's attack
 * on Kharkiv and on Odesa). Reversed direction is the same event only for symmetric codes
 * (talks, agreements, cooperation), a sentence's two directions, and one act told by each side
 * as the other's: claims of the same root that share the place, the figure or a quarter of their
 * words. Otherwise the reports score what agrees (code, exact day, place, figure, shared words of
 * the two sentences) and must reach MATCH: with the same root and nothing else known, they do;
 * across roots, only with words.
 */

/** Whether two reports tell the same real-world event, and how surely. */
public final class SameEvent {
  /** The score two reports need to be merged. */
  public static final double MATCH = 0.5;

  private static final double SAME_PLACE_KM = 50;

  /** Shared words (twice the overlap) that corroborate claims blaming each other. */
  private static final double CORROBORATING_WORDS = 0.5;

  private static final Set<String> STATE_ROLES =
      Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PTY");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "its", "his",
          "her", "their", "from", "into", "said", "says", "say", "after", "before", "this", "which",
          "who", "are", "been", "but", "not", "than", "they", "them", "also", "over", "about",
          "would", "will", "out", "more", "least", "some", "other", "when", "while", "where");

  private SameEvent() {}

  /** How surely {@code a} and {@code b} tell one event (at least {@link #MATCH}); empty if not. */
  public static OptionalDouble score(Event a, Event b) {
    return score(a, b, () -> overlap(words(a), words(b)));
  }

  /** {@link #score(Event, Event)} of two reports, with the words they have already taken. */
  public static OptionalDouble score(Report a, Report b) {
    return score(a.event(), b.event(), () -> overlap(a.words(), b.words()));
  }

  private static OptionalDouble score(Event a, Event b, DoubleSupplier sharedWords) {
    if (sameSentence(a, b) && !(swapped(a, b) && a.code().equals(b.code()))) {
      return OptionalDouble.empty();
    }
    long days = daysApart(a, b);
    if (days < 0 || !samePlaceOrUnknown(a, b) || !sameFamily(a, b)) {
      return OptionalDouble.empty();
    }
    double words = 2 * sharedWords.getAsDouble();
    boolean samePlace = samePlace(a, b);
    boolean sameFigure = sameFigure(a, b);
    if ((days > 0 || isVague(a) || isVague(b)) && !samePlace && !sameFigure) {
      // a day apart, or dated only by month or year: the same dyad's other events are as near,
      // and told in the same words ("Russia launched drones at Ukraine overnight", every night)
      return OptionalDouble.empty();
    }
    double score = words;
    score += a.code().equals(b.code()) ? 1.0 : a.root().equals(b.root()) ? 0.5 : 0;
    boolean exactDay =
        a.datePrecision() == DatePrecision.DAY && b.datePrecision() == DatePrecision.DAY;
    score += exactDay && days == 0 ? 0.25 : 0;
    score += samePlace ? 1.0 : 0;
    score += sameFigure ? 1.0 : 0;
    if (sameDirection(a, b) || ((isSymmetric(a) || sameSentence(a, b)) && swapped(a, b))) {
      return score >= MATCH ? OptionalDouble.of(score) : OptionalDouble.empty();
    }
    // one act told by each side as the other's: claims that agree on the act
    boolean claims = a.claimedBy().isPresent() || b.claimedBy().isPresent();
    boolean blame =
        isReversed(a, b)
            && a.root().equals(b.root())
            && claims
            && (samePlace || sameFigure || words >= CORROBORATING_WORDS);
    return blame && score >= MATCH ? OptionalDouble.of(score) : OptionalDouble.empty();
  }

  /**
   * Whether {@code b} has {@code a}'s actors the other way round (countries swapped, and not one
   * country on both sides), for a code where the direction matters.
   */
  public static boolean isReversed(Event a, Event b) {
    return !isSymmetric(a) && swapped(a, b);
  }

  /** Whether {@code b} names {@code a}'s two actors the other way round. */
  private static boolean swapped(Event a, Event b) {
    if (a.target().isEmpty() || b.target().isEmpty()) {
      return false;
    }
    return !country(a.source()).equals(country(a.target().get()))
        && fits(a.source(), b.target().get())
        && fits(a.target().get(), b.source());
  }

  /**
   * Whether both were coded from one sentence: two events, unless they are its two directions
   * ("Thai and Cambodian troops clashed", "the two leaders met"), which are one reciprocal event.
   */
  static boolean sameSentence(Event a, Event b) {
    return a.article().equals(b.article()) && a.sentence() == b.sentence();
  }

  /**
   * Codes whose direction means nothing: consulting and meeting (04), signing an agreement (057),
   * and material cooperation (06): "A met B" and "B met A" are one meeting.
   */
  public static boolean isSymmetric(Event event) {
    String code = event.code().value();
    return code.startsWith("04") || code.startsWith("057") || code.startsWith("06");
  }

  private static boolean sameDirection(Event a, Event b) {
    if (!fits(a.source(), b.source())) {
      return false;
    }
    return a.target().isEmpty() || b.target().isEmpty() || fits(a.target().get(), b.target().get());
  }

  /**
   * Same country, and roles that can be one actor: equal, one of them bare, or both organs of the
   * state (one outlet's "the defence ministry" is another's "Russia" or "the Kremlin"); rebels,
   * civilians or gangs are never the state nor each other.
   */
  private static boolean fits(ActorRef a, ActorRef b) {
    String x = a.code().value();
    String y = b.code().value();
    if (!country(a).equals(country(b))) {
      return false;
    }
    String roleX = firstRole(x.length() > 3 ? x.substring(3) : "");
    String roleY = firstRole(y.length() > 3 ? y.substring(3) : "");
    return roleX.isEmpty()
        || roleY.isEmpty()
        || roleX.equals(roleY)
        || (STATE_ROLES.contains(roleX) && STATE_ROLES.contains(roleY));
  }

  private static String firstRole(String roles) {
    return roles.length() > 3 ? roles.substring(0, 3) : roles;
  }

  private static String country(ActorRef actor) {
    return actor.code().country();
  }

  private static boolean sameFamily(Event a, Event b) {
    return family(a.root()).contains(b.root());
  }

  /**
   * The CAMEO roots whose events may be one with an event of {@code root}: the material-conflict
   * family 18-20 (one outlet's bombing is another's air strike), else the root alone.
   */
  public static List<String> family(String root) {
    return switch (root) {
      case "18", "19", "20" -> List.of("18", "19", "20");
      default -> List.of(root);
    };
  }

  /**
   * How many days apart two dates that can name one day are (0 when a month or year holds the
   * other, or a publication date stands for the day before); -1 when they cannot.
   */
  static long daysApart(Event a, Event b) {
    DatePrecision pa = a.datePrecision();
    DatePrecision pb = b.datePrecision();
    if (pa == DatePrecision.YEAR || pb == DatePrecision.YEAR) {
      return a.date().getYear() == b.date().getYear() ? 0 : -1;
    }
    if (pa == DatePrecision.MONTH || pb == DatePrecision.MONTH) {
      boolean sameMonth =
          a.date().getYear() == b.date().getYear() && a.date().getMonth() == b.date().getMonth();
      return sameMonth ? 0 : -1;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    if (days > 1) {
      return -1;
    }
    return pa == DatePrecision.DAY && pb == DatePrecision.DAY ? days : 0;
  }

  private static boolean isVague(Event e) {
    return e.datePrecision() == DatePrecision.MONTH || e.datePrecision() == DatePrecision.YEAR;
  }

  /** The first and last day a report dated {@code date} with {@code precision} may match. */
  public static LocalDate[] window(LocalDate date, DatePrecision precision) {
    return switch (precision) {
      case YEAR -> new LocalDate[] {date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear())};
      case MONTH ->
          new LocalDate[] {date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth())};
      case DAY, PUBLISHED -> new LocalDate[] {date.minusDays(1), date.plusDays(1)};
    };
  }

  /**
   * Whether the places allow one event: only two towns far apart rule it out. A country or a region
   * is too often the coder's guess from an actor ("Russia" for a Russian strike, told from Moscow)
   * to rule anything out.
   */
  private static boolean samePlaceOrUnknown(Event a, Event b) {
    if (a.location().isEmpty() || b.location().isEmpty()) {
      return true;
    }
    Location x = a.location().get();
    Location y = b.location().get();
    return !(isPoint(x) && isPoint(y)) || kilometres(x, y) <= SAME_PLACE_KM;
  }

  private static boolean samePlace(Event a, Event b) {
    if (a.location().isEmpty() || b.location().isEmpty()) {
      return false;
    }
    Location x = a.location().get();
    Location y = b.location().get();
    if (x.geonamesId() != 0 && x.geonamesId() == y.geonamesId()) {
      return true;
    }
    return isPoint(x) && isPoint(y) && kilometres(x, y) <= SAME_PLACE_KM;
  }

  private static boolean isPoint(Location place) {
    return place.type() == PlaceType.CITY;
  }

  /** Great-circle distance (haversine). */
  private static double kilometres(Location x, Location y) {
    double dLat = Math.toRadians(y.lat() - x.lat());
    double dLon = Math.toRadians(y.lon() - x.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(x.lat()))
                * Math.cos(Math.toRadians(y.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static boolean sameFigure(Event a, Event b) {
    Optional<Quantity> x = a.quantity();
    Optional<Quantity> y = b.quantity();
    return x.isPresent()
        && y.isPresent()
        && x.get().unit().equals(y.get().unit())
        && x.get().value() == y.get().value();
  }

  /** The sentence's content words, lower-cased, a plural's s taken off. */
  static Set<String> words(Event event) {
    Set<String> words = new HashSet<>();
    String text = event.evidence().text();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        addWord(words, text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static void addWord(Set<String> words, String word) {
    if (word.length() < 3 || STOP_WORDS.contains(word)) {
      return;
    }
    words.add(
        word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
  }

  /**
   * Shared words over the smaller set's size: one outlet's short lede inside another's long one.
   */
  private static double overlap(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return shared.size() / (double) Math.min(x.size(), y.size());
  }
}
