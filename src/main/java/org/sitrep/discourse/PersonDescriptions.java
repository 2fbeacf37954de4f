package org.sitrep.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Word;
import org.sitrep.model.ActorCode;

/*
 * Design note. Most people in the news are in no dictionary: a spokesman, an adviser, a general, a
 * minister of a small country. The article says who they are where it first names them, in one of
 * three shapes: a description set off before the name ("Thailand's acting prime minister, Phumtham
 * Wechayachai,"), one set off after it ("Amadou Abdramane, spokesman for Niger's ruling military
 * council,") or a title in front of it ("Presidential adviser Zakariye Hussein", "Gen. Romeo Brawner
 * Jr."). The first two give the person the description's code. A title gives a role only; the
 * country is then the one the article is about, when one country dominates it (as ArticleParties
 * requires for "the army"), since an unnamed country is the story's own. Later mentions ("Phumtham
 * said") find the person through NameResolver.
 */

/**
 * Gives an uncoded person the code of the description the article sets beside the name, or the
 * article's country for a person named with a role alone.
 *
 * <pre>
 * {@code PersonDescriptions.resolve(draft)  // "Amadou Abdramane, spokesman for Niger's..." NERMIL}
 * </pre>
 */
final class PersonDescriptions {
  private PersonDescriptions() {}

  private static final Set<String> CLOSERS = Set.of(",", ".", "-RRB-", ")", ";", ":", "--");

  static void resolve(DiscourseDraft draft) {
    Optional<String> home = HomeCountry.of(draft);
    for (int s = 0; s < draft.sentences().size(); s++) {
      List<Mention> list = draft.mentions(s);
      for (int k = 0; k < list.size(); k++) {
        Mention m = list.get(k);
        if (m.kind() != Mention.Kind.PERSON
            || m.hasActorCode()
            || !isName(draft, m)
            || NameResolver.earlier(draft, m).isPresent()) {
          continue;
        }
        int at = k;
        before(draft, list, at)
            .or(() -> describedBefore(draft, list, at, home))
            .or(() -> after(draft, list, at, home))
            .or(() -> withCountry(m, home))
            .ifPresent(c -> draft.replace(m, m.withCode(c)));
      }
    }
  }

  /** "President William Ruto" (---GOV): the role with the article's country. */
  private static Optional<String> withCountry(Mention m, Optional<String> home) {
    String none = ActorCode.NONE.value();
    return m.code()
        .filter(c -> c.startsWith(none))
        .flatMap(c -> home.map(country -> country + c.substring(none.length())));
  }

  /** "Thailand's acting prime minister, Phumtham Wechayachai,": a coded title right before. */
  private static Optional<String> before(DiscourseDraft draft, List<Mention> list, int k) {
    Mention m = list.get(k);
    List<Word> words = words(draft, m);
    if (k == 0 || m.start() < 2 || !words.get(m.start() - 1).text().equals(",")) {
      return Optional.empty();
    }
    Mention description = list.get(k - 1);
    boolean adjacent = description.end() == m.start() - 1;
    if (!adjacent || !isClosedAfter(words, m) || !isTitle(draft, description)) {
      return Optional.empty();
    }
    return description.hasActorCode() ? description.code() : Optional.empty();
  }

  /**
   * "Amadou Abdramane, spokesman for Niger's ruling military council,": a description after the
   * name, up to the next comma, that starts with a role and names an actor.
   */
  private static Optional<String> after(
      DiscourseDraft draft, List<Mention> list, int k, Optional<String> home) {
    Mention m = list.get(k);
    List<Word> words = words(draft, m);
    if (m.end() + 1 >= words.size() || !words.get(m.end()).text().equals(",")) {
      return Optional.empty();
    }
    int close = m.end() + 1;
    while (close < words.size() && !CLOSERS.contains(words.get(close).text())) {
      close++;
    }
    if (!startsWithRole(words, m.end() + 1, close)) {
      return Optional.empty();
    }
    Optional<String> role = Optional.empty();
    for (int j = k + 1; j < list.size() && list.get(j).end() <= close; j++) {
      Mention inside = list.get(j);
      if (inside.hasActorCode() && !inside.isPronoun()) {
        return inside.code();
      }
      role = role.or(() -> roleOf(inside));
    }
    // "leader of the ruling People Power Party": a body of the story's own country
    return role.flatMap(r -> home.map(country -> country + r));
  }

  /**
   * A description before the name that is not one coded phrase: "Venezuela's communications
   * minister, Freddy Ñáñez,", "The head of UN peacekeeping, Jean-Pierre Lacroix," or, with no
   * comma, "State Department spokesman Matthew Miller". The description is the noun phrase that
   * ends right before the name (and its comma) and holds a role word; the person takes the code of
   * the phrase that holds the role, else of the state or body the role belongs to ("Venezuela's",
   * "State Department", "of UN peacekeeping"), else the role in the article's country.
   */
  private static Optional<String> describedBefore(
      DiscourseDraft draft, List<Mention> list, int k, Optional<String> home) {
    Mention m = list.get(k);
    List<Word> words = words(draft, m);
    int to = m.start();
    if (to > 0 && words.get(to - 1).text().equals(",")) {
      if (!isClosedAfter(words, m)) {
        return Optional.empty();
      }
      to--;
    } else if (to == 0 || !isRoleWord(words.get(to - 1))) {
      return Optional.empty();
    }
    int from = to;
    while (from > 0 && to - from < 10 && isDescriptionWord(words, from - 1)) {
      from--;
    }
    int role = to - 1;
    while (role >= from && !isRoleWord(words.get(role))) {
      role--;
    }
    return role < from ? Optional.empty() : describedBy(list, from, role, to, home);
  }

  private static Optional<String> describedBy(
      List<Mention> list, int from, int role, int to, Optional<String> home) {
    Mention holder = null;
    Mention ownerBefore = null;
    Mention ownerAfter = null;
    Optional<String> roleCode = Optional.empty();
    for (Mention d : list) {
      if (d.isPronoun() || d.start() < from || d.end() > to) {
        continue;
      }
      if (d.start() <= role && role < d.end()) {
        holder = d;
      } else if (d.hasActorCode() && d.end() <= role) {
        ownerBefore = d;
      } else if (d.hasActorCode() && ownerAfter == null) {
        ownerAfter = d;
      }
      roleCode = roleCode.or(() -> roleOf(d));
    }
    if (holder != null && holder.hasActorCode()) {
      return holder.code();
    }
    if (holder != null && roleOf(holder).isPresent()) {
      roleCode = roleOf(holder);
    }
    Mention owner = ownerBefore != null ? ownerBefore : ownerAfter;
    if (owner != null) {
      String code = owner.code().orElseThrow();
      return Optional.of(code.length() == 3 ? code + roleCode.orElse("") : code);
    }
    return roleCode.flatMap(r -> home.map(country -> country + r));
  }

  /**
   * "GOV" of a role-only code such as "---GOV"; a pronoun's code is its referent's, not its own.
   */
  private static Optional<String> roleOf(Mention m) {
    return m.isPronoun() ? Optional.empty() : m.roleOnly();
  }

  /** A name set off by commas ends at a comma, a full stop, a bracket or the sentence's end. */
  private static boolean isClosedAfter(List<Word> words, Mention m) {
    return m.end() == words.size() || CLOSERS.contains(words.get(m.end()).text());
  }

  private static boolean isRoleWord(Word word) {
    return ROLES.contains(word.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** A word of a noun phrase that describes a person: "China's ambassador in New Delhi". */
  private static boolean isDescriptionWord(List<Word> words, int j) {
    Word w = words.get(j);
    String lower = w.text().toLowerCase(java.util.Locale.ROOT);
    return w.tag().matches("DT|JJ.*|NN.*|POS|CD|HYPH|PRP\\$")
        || (w.tag().equals("IN") && PHRASE_PREPOSITIONS.contains(lower))
        || (w.tag().matches("VBG|VBN")
            && j + 1 < words.size()
            && words.get(j + 1).tag().matches("JJ.*|NN.*"));
  }

  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "in", "for", "at", "to");

  /** "spokesman for", "a senior Hamas official", "the head of": a role word within four words. */
  private static boolean startsWithRole(List<Word> words, int from, int to) {
    for (int j = from; j < Math.min(to, from + 4); j++) {
      String lower = words.get(j).text().toLowerCase(java.util.Locale.ROOT);
      if (ROLES.contains(lower)) {
        return true;
      }
      if (!words.get(j).tag().matches("DT|JJ.*|NN.*|VBN|VBG|POS|RB")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "president",
          "leader",
          "head",
          "chief",
          "official",
          "adviser",
          "advisor",
          "ambassador",
          "envoy",
          "commander",
          "general",
          "secretary",
          "director",
          "chairman",
          "chair",
          "negotiator",
          "premier",
          "governor",
          "mayor",
          "representative",
          "aide",
          "commissioner",
          "prosecutor",
          "senator",
          "lawmaker");

  /** A description that ends in a title ("prime minister"), not a person's own name. */
  private static boolean isTitle(DiscourseDraft draft, Mention description) {
    List<Word> words = words(draft, description);
    for (int j = description.start(); j < description.end(); j++) {
      if (words.get(j).ner().equals("PERSON")) {
        return false;
      }
    }
    String last = words.get(description.end() - 1).text().toLowerCase(java.util.Locale.ROOT);
    return ROLES.contains(last) || description.kind() == Mention.Kind.PERSON;
  }

  /** Whether the mention's last word is a name (CoreNLP PERSON), not only a title. */
  private static boolean isName(DiscourseDraft draft, Mention m) {
    return words(draft, m).get(m.end() - 1).ner().equals("PERSON");
  }

  private static List<Word> words(DiscourseDraft draft, Mention m) {
    return draft.sentences().get(m.sentence()).words();
  }
}
