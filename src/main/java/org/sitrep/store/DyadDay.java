package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Events of one day between two actor codes, by quad class and place country: the small grouped
 * rows a situation report adds up into its figures, baselines and charts without reading events.
 *
 * <pre>{@code day.events()  // 4; day.goldsteinSum() / day.scored()  // mean Goldstein -7.5}</pre>
 *
 * @param quadClass 1-4, 0 for codes outside CAMEO
 * @param placeCountry the country of the events' place, empty when unplaced
 * @param sourceName a name the events gave the source actor (for codes no CAMEO table names)
 */
public record DyadDay(
    LocalDate date,
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
  public DyadDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceCountry, "sourceCountry");
    Objects.requireNonNull(targetCountry, "targetCountry");
    Objects.requireNonNull(placeCountry, "placeCountry");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(targetName, "targetName");
  }
}
