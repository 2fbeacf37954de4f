package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * One expected event of the construction suite, as written after {@code =>}: source, target, CAMEO
 * code and, optionally, who claims it. Each part may list alternatives separated by {@code |}; an
 * actor or code matches a predicted one that starts with it, so {@code RUS} accepts {@code RUSMIL}
 * and {@code 19} any code of root 19. A target {@code -} means no target. {@code A <> B} is a
 * mutual act (talks, clashes): one event A to B, one B to A, or both.
 *
 * <pre>{@code ExpectedEvent.parse("UKRMIL RUS 190 claimed_by=UKRMIL")}</pre>
 */
record ExpectedEvent(
    List<String> sources,
    List<String> targets,
    boolean mutual,
    List<String> codes,
    Optional<List<String>> claimedBy) {
  /** The target or claimant alternative that stands for "none". */
  static final String NONE = "-";

  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}[A-Z]*");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final String CLAIMED_BY = "claimed_by=";
  private static final String MUTUAL = "<>";

  ExpectedEvent {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    codes = List.copyOf(codes);
    claimedBy = claimedBy.map(List::copyOf);
  }

  /**
   * Reads the part of an expectation line after {@code =>}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static ExpectedEvent parse(String text) {
    List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
    Optional<List<String>> claimedBy = Optional.empty();
    if (words.get(words.size() - 1).startsWith(CLAIMED_BY)) {
      String claimant = words.remove(words.size() - 1).substring(CLAIMED_BY.length());
      claimedBy = Optional.of(alternatives(claimant, "claimed_by", true, ACTOR));
    }
    boolean mutual = words.size() == 4 && words.get(1).equals(MUTUAL);
    if (mutual) {
      words.remove(1);
    }
    if (words.size() != 3) {
      throw new IllegalArgumentException(
          "expected 'SOURCE TARGET CODE [claimed_by=ACTOR]' or 'SOURCE <> TARGET CODE', got '"
              + text.strip()
              + "'");
    }
    List<String> targets = alternatives(words.get(1), "target", !mutual, ACTOR);
    return new ExpectedEvent(
        alternatives(words.get(0), "source", false, ACTOR),
        targets,
        mutual,
        alternatives(words.get(2), "CAMEO code", false, CODE),
        claimedBy);
  }

  private static List<String> alternatives(
      String word, String part, boolean noneAllowed, Pattern shape) {
    List<String> out = List.of(word.split("\\|", -1));
    for (String alternative : out) {
      boolean none = alternative.equals(NONE);
      if ((none && !noneAllowed) || (!none && !shape.matcher(alternative).matches())) {
        throw new IllegalArgumentException(
            "bad " + part + " '" + alternative + "' in '" + word + "'");
      }
    }
    return out;
  }

  /**
   * The ways this expectation can be met, each a list of one-event patterns: one way for a directed
   * event, three for a mutual one (A to B, B to A, both).
   */
  List<List<ExpectedEvent>> ways() {
    if (!mutual) {
      return List.of(List.of(this));
    }
    ExpectedEvent forward = new ExpectedEvent(sources, targets, false, codes, claimedBy);
    ExpectedEvent backward = new ExpectedEvent(targets, sources, false, codes, claimedBy);
    return List.of(List.of(forward), List.of(backward), List.of(forward, backward));
  }

  /** Whether a predicted event meets this (directed) expectation. */
  boolean matches(Event event) {
    return anyPrefix(sources, Optional.of(event.source().code().value()))
        && anyPrefix(targets, event.target().map(t -> t.code().value()))
        && anyPrefix(codes, Optional.of(event.code().value()))
        && claimedBy
            .map(c -> anyPrefix(c, event.claimedBy().map(a -> a.code().value())))
            .orElse(true);
  }

  boolean sourceMatches(Event event) {
    return anyPrefix(sources, Optional.of(event.source().code().value()));
  }

  boolean targetMatches(Event event) {
    return anyPrefix(targets, event.target().map(t -> t.code().value()));
  }

  boolean codeMatches(Event event) {
    return anyPrefix(codes, Optional.of(event.code().value()));
  }

  private static boolean anyPrefix(List<String> alternatives, Optional<String> value) {
    for (String alternative : alternatives) {
      if (value.isEmpty() ? alternative.equals(NONE) : value.get().startsWith(alternative)) {
        return true;
      }
    }
    return false;
  }

  /** The expectation as the file writes it. */
  @Override
  public String toString() {
    String claim = claimedBy.map(c -> " " + CLAIMED_BY + String.join("|", c)).orElse("");
    return String.join("|", sources)
        + (mutual ? " <> " : " ")
        + String.join("|", targets)
        + " "
        + String.join("|", codes)
        + claim;
  }

  /** A predicted event in the file's notation: {@code RUSMIL UKR 195 claimed_by=UKRMIL}. */
  static String describe(Event event) {
    return event.source().code()
        + " "
        + event.target().map(t -> t.code().value()).orElse(NONE)
        + " "
        + event.code()
        + event.claimedBy().map(c -> " " + CLAIMED_BY + c.code()).orElse("");
  }
}
