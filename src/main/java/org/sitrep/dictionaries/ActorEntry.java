package org.sitrep.dictionaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An actor: its primary phrase, its {@code +} synonyms and the codes they all share.
 *
 * <pre>{@code entry.codeOn(LocalDate.of(1995, 1, 4))  // Optional[HOB] for GOLLUM}</pre>
 *
 * @param codes in file order; empty for an actor that is known but has no code (PETRARCH treats a
 *     phrase without a code like the null code {@code ---})
 * @param source the dictionary it was read from
 * @param line the line of its primary phrase
 */
public record ActorEntry(
    Phrase primary, List<Phrase> synonyms, List<DatedCode> codes, String source, int line) {

  public ActorEntry {
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
  }

  /** The primary phrase followed by the synonyms. */
  public List<Phrase> phrases() {
    List<Phrase> all = new ArrayList<>(synonyms.size() + 1);
    all.add(primary);
    all.addAll(synonyms);
    return List.copyOf(all);
  }

  /**
   * The code for a sentence dated {@code date}: the first dated code (in file order) whose range
   * contains the date, else the first undated code, else empty.
   *
   * <p>File order settles overlaps because dictionaries rely on it: PETR.Validate's SAM_GAMGEE
   * lists {@code [ORCHOB 20100109-20100112]} before the wider HOBMIL range with the comment that it
   * "should override the next restriction".
   */
  public Optional<String> codeOn(LocalDate date) {
    DatedCode fallback = null;
    for (DatedCode code : codes) {
      if (!code.isDated()) {
        if (fallback == null) {
          fallback = code;
        }
      } else if (code.appliesOn(date)) {
        return Optional.of(code.code());
      }
    }
    return Optional.ofNullable(fallback).map(DatedCode::code);
  }
}
