package org.sitrep.discourse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.ActorCode;

/**
 * Words of one sentence that name an actor, a person or an organisation ({@code [start, end)} are
 * word indexes), with the actor code they resolve to, if any. A pronoun mention carries the words
 * and code of what it refers to once resolved; {@code referent} is then the mention it points at.
 *
 * <pre>
 * {@code new Mention(3, 10, 12, List.of("Dmitry", "Peskov"), Optional.of("RUSGOV"), Kind.PERSON, Optional.empty())}
 * </pre>
 */
public record Mention(
    int sentence,
    int start,
    int end,
    List<String> words,
    Optional<String> code,
    Kind kind,
    Optional<Mention> referent) {

  /** What the words are. */
  public enum Kind {
    /** A person's name (CoreNLP PERSON), possibly in the dictionaries. */
    PERSON,
    /** A dictionary actor or an organisation that is not a person: a state, ministry, group. */
    GROUP,
    /** A third-person singular pronoun for a person: he, she, him, his, her. */
    PRONOUN,
    /** "it" or "its": a state, ministry or group. */
    IT,
    /** A first-person pronoun: I, we, me, us; inside a quote it means the speaker. */
    FIRST_PERSON
  }

  public Mention {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(referent, "referent");
    words = List.copyOf(words);
  }

  /** The words as written: no space before a possessive, none around a hyphen. */
  public String text() {
    return String.join(" ", words).replace(" 's", "'s").replace(" ’s", "’s").replace(" - ", "-");
  }

  /** The mention this one stands for: itself, or what its pronoun was resolved to. */
  public Mention resolved() {
    return referent.map(Mention::resolved).orElse(this);
  }

  /** Whether its own code names an actor: present and not a bare role ("---GOV"). */
  public boolean hasActorCode() {
    return namesActor(code);
  }

  /** Whether a dictionary code names an actor rather than a role alone ("---GOV"). */
  static boolean namesActor(Optional<String> code) {
    return code.isPresent() && !code.get().contains(ActorCode.NONE.value());
  }

  /** The role of a role-only code: "GOV" for "---GOV"; empty for an actor or no code. */
  Optional<String> roleOnly() {
    String none = ActorCode.NONE.value();
    return code.filter(c -> c.startsWith(none) && c.length() > none.length())
        .map(c -> c.substring(none.length()));
  }

  public boolean isPronoun() {
    return kind == Kind.PRONOUN || kind == Kind.IT || kind == Kind.FIRST_PERSON;
  }

  /** The same words with a code the article gives them ("Amadou Abdramane, spokesman for..."). */
  public Mention withCode(String value) {
    return new Mention(sentence, start, end, words, Optional.of(value), kind, referent);
  }

  public Mention resolvedTo(Mention target) {
    return new Mention(
        sentence, start, end, words, target.resolved().code(), kind, Optional.of(target));
  }
}
