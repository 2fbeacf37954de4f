package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.EventFilter;
import picocli.CommandLine.Option;

/** The event filters of {@code sitrep events}, named as the API's query parameters. */
final class EventFilterOptions {
  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Actor code or prefix on either side (RUS, USAGOV).")
  @Nullable String actor;

  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code or prefix.")
  @Nullable String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code or prefix.")
  @Nullable String target;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description = "Country of either actor or of the place.")
  @Nullable String country;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "CAMEO event code or prefix (19, 042).")
  @Nullable String code;

  @Option(names = "--root", paramLabel = "NN", description = "Two-digit CAMEO root.")
  @Nullable String root;

  @Option(
      names = "--quad",
      paramLabel = "1-4",
      description = "Quad class: 1 verbal cooperation .. 4 material conflict.")
  @Nullable String quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
  @Nullable String to;

  @Option(names = "--outlet", description = "The article's outlet, exactly.")
  @Nullable String outlet;

  @Option(names = "--article", paramLabel = "ID", description = "One article.")
  @Nullable String article;

  @Option(
      names = "--text",
      paramLabel = "WORDS",
      description =
          "Words all found in the event's sentence, in any form (drone: drones); the start of a"
              + " word finds the words it begins (russ: Russia, Russian).")
  @Nullable String text;

  @Option(
      names = "--min-sources",
      paramLabel = "N",
      description = "Events reported by at least N outlets.")
  @Nullable String minSources;

  @Option(
      names = "--contested",
      description = "Only events whose reports disagree (on a figure, a claimant or who did it).")
  boolean contested;

  EventFilter filter() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("actor", actor);
    values.put("source", source);
    values.put("target", target);
    values.put("country", country);
    values.put("code", code);
    values.put("root", root);
    values.put("quad", quad);
    values.put("from", from);
    values.put("to", to);
    values.put("outlet", outlet);
    values.put("article", article);
    values.put("q", text);
    values.put("min_sources", minSources);
    values.put("contested", contested ? "true" : null);
    try {
      return EventFilter.of(values);
    } catch (IllegalArgumentException e) {
      // EventFilter's errors always have a message: the key, what it must be and the value
      throw new UserError(
          "--"
              + Objects.requireNonNull(e.getMessage())
                  .replaceFirst("^q ", "text ")
                  .replaceFirst("^min_sources ", "min-sources "));
    }
  }
}
