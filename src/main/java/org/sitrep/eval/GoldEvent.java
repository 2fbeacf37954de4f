package org.sitrep.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One event a careful human coder found in an article, as written in a gold file. Codes are CAMEO
 * (actor: country plus roles; event: two to four digits). Fields the gold leaves empty ({@code ""}
 * in the file) are empty here.
 *
 * <pre>{@code new GoldEvent("USAELI", Optional.of("RUSGOV"), "040",
 *     Optional.of(GoldDate.parse("2024-11-07")), Optional.empty(), Optional.empty(),
 *     Optional.empty(), "... as he spoke to Russian President Vladimir Putin on November 7 ...", "")}
 * </pre>
 */
public record GoldEvent(
    String source,
    Optional<String> target,
    String code,
    Optional<GoldDate> date,
    Optional<String> quantity,
    Optional<String> location,
    Optional<String> claimedBy,
    String evidence,
    String note) {

  public GoldEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(note, "note");
    if (source.isBlank()) {
      throw new IllegalArgumentException("gold event without a source (code " + code + ")");
    }
    if (code.strip().length() < 2) {
      throw new IllegalArgumentException(
          "expected a CAMEO code of 2-4 digits, found '" + code + "'");
    }
  }

  /** The two-digit CAMEO root, e.g. "19" for "195". */
  public String root() {
    return code.substring(0, 2);
  }
}
