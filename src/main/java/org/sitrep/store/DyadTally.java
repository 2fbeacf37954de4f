package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Events of one period between two actor codes, by quad class and place country: the small grouped
 * rows a situation report adds up into its figures and baselines without reading events.
 *
 * <pre>{@code tally.events()  // 4; tally.goldsteinSum() / tally.scored()  // mean Goldstein -7.5}
 * </pre>
 *
 * @param period which of the periods asked for (0 the first, the newest)
 * @param quadClass 1-4, 0 for codes outside CAMEO
 * @param placeCountry the country of the events' place, empty when unplaced
 * @param sourceName a name the events gave the source actor (for codes no CAMEO table names)
 */
public record DyadTally(
    int period,
    String source,
    Optional<String> target,
    String sourceCountry,
    Optional<String> targetCountry,
    Optional<String> placeCountry,
    int quadClass,
    long events,
    double goldsteinSum,
    long scored,
    String sourceName,
    Optional<String> targetName) {
  public DyadTally {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceCountry, "sourceCountry");
    Objects.requireNonNull(targetCountry, "targetCountry");
    Objects.requireNonNull(placeCountry, "placeCountry");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(targetName, "targetName");
  }
}
