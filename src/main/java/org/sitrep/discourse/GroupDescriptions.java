package org.sitrep.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Word;

/*
 * Design note. After naming a party, news calls it by what it is: "Hezbollah fired rockets ... The
 * militia said", "Russia's foreign ministry summoned ... The ministry accused", "Burkina Faso's
 * military government ... The junta". The dictionaries code such a word as a role alone (---UAF,
 * ---GOV), so the speaker, the claimant and "its" in what it says went unnamed. A definite
 * description points back at the latest party named with the same noun ("the ministry" at "Russia's
 * foreign ministry", though a German ambassador was named since), else at the latest one in the
 * same role, a few sentences back at most: an army named ten paragraphs ago may not be "the army"
 * of today's clause.
 */

/**
 * Resolves a definite description that codes a role alone ("the militia" ---UAF) to the party the
 * article named before it in that role.
 *
 * <pre>{@code GroupDescriptions.resolve(draft)  // "The militia said" -> Hezbollah (LBNREB)}</pre>
 */
final class GroupDescriptions {
  private static final int ROLE_LOOK_BACK = 2;
  // armed groups: the dictionaries code "militia" as an unidentified armed force, Hezbollah REB
  private static final Set<String> ARMED_GROUPS = Set.of("REB", "UAF");
  // a junta is a government of soldiers: Burkina Faso's "military government" is BFAGOVMIL
  private static final String JUNTA = "junta";

  private GroupDescriptions() {}

  static void resolve(DiscourseDraft discourse) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention m : discourse.mentions(s)) {
        if (isDescription(discourse, m)) {
          antecedent(discourse, m).ifPresent(a -> discourse.replace(m, m.resolvedTo(a)));
        }
      }
    }
  }

  /** "the militia", "the rebels": a common noun after "the" that codes a role alone. */
  static boolean isDescription(DiscourseDraft discourse, Mention m) {
    if (m.kind() != Mention.Kind.GROUP || m.roleOnly().isEmpty() || m.referent().isPresent()) {
      return false;
    }
    List<Word> words = discourse.sentences().get(m.sentence()).words();
    Word head = words.get(m.end() - 1);
    boolean common = head.tag().equals("NN") || head.tag().equals("NNS");
    boolean definite =
        m.start() > 0 && words.get(m.start() - 1).text().toLowerCase(Locale.ROOT).equals("the")
            || words.get(m.start()).text().toLowerCase(Locale.ROOT).equals("the");
    return common && definite;
  }

  private static Optional<Mention> antecedent(DiscourseDraft discourse, Mention description) {
    String head = headLemma(discourse, description);
    Optional<Mention> same =
        latest(discourse, description, description.sentence(), c -> named(discourse, c, head));
    if (same.isPresent()) {
      return same;
    }
    String role = description.roleOnly().orElseThrow().substring(0, 3);
    if (head.equals(JUNTA)) {
      Optional<Mention> soldiers =
          latest(discourse, description, ROLE_LOOK_BACK, c -> hasRole(c, Set.of("MIL")));
      if (soldiers.isPresent()) {
        return soldiers;
      }
    }
    Set<String> roles = ARMED_GROUPS.contains(role) ? ARMED_GROUPS : Set.of(role);
    return latest(discourse, description, ROLE_LOOK_BACK, c -> hasRole(c, roles));
  }

  /** The latest coded mention before the description, up to {@code lookBack} sentences back. */
  private static Optional<Mention> latest(
      DiscourseDraft discourse,
      Mention description,
      int lookBack,
      java.util.function.Predicate<Mention> fits) {
    int first = Math.max(0, description.sentence() - lookBack);
    for (int s = description.sentence(); s >= first; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention m = here.get(k);
        boolean before = s < description.sentence() || m.end() <= description.start();
        if (before && !m.isPronoun() && m.resolved().hasActorCode() && fits.test(m)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** "Russia's foreign ministry" for "the ministry": the description's noun among its words. */
  private static boolean named(DiscourseDraft discourse, Mention candidate, String head) {
    List<Word> words = discourse.sentences().get(candidate.sentence()).words();
    for (int k = candidate.start(); k < candidate.end(); k++) {
      if (words.get(k).lemma().toLowerCase(Locale.ROOT).equals(head)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any role of the code (GOV and MIL in BFAGOVMIL) is one of {@code roles}. */
  private static boolean hasRole(Mention candidate, Set<String> roles) {
    String code = candidate.resolved().code().orElseThrow();
    for (int k = 3; k + 3 <= code.length(); k += 3) {
      if (roles.contains(code.substring(k, k + 3))) {
        return true;
      }
    }
    return false;
  }

  private static String headLemma(DiscourseDraft discourse, Mention m) {
    Word head = discourse.sentences().get(m.sentence()).words().get(m.end() - 1);
    return head.lemma().toLowerCase(Locale.ROOT);
  }
}
