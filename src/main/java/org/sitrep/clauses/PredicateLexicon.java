package org.sitrep.clauses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * sitrep's lexicon of event verbs, event nouns and light verbs (resource {@code predicates.txt},
 * whose header documents the format): which CAMEO code a verb or noun carries and where its target
 * is found.
 *
 * <pre>{@code
 * PredicateLexicon lexicon = PredicateLexicon.bundled();
 * lexicon.noun("talk");   // Optional[Entry[code=040, targets=[with, between]]]
 * }</pre>
 */
public final class PredicateLexicon {
  private static final String RESOURCE = "predicates.txt";

  /** One reading of a verb or noun: its code, target slots and the condition it needs. */
  public record Entry(String code, List<String> targets, String condition) {
    public Entry {
      targets = List.copyOf(targets);
    }

    /** The CAMEO root of the reading's code ("19" for "195"); "-" for a reading of no act. */
    public String root() {
      return code.length() < 2 ? code : code.substring(0, 2);
    }

    /** Whether the act is done together, so that co-subjects are its parties ("mutual"). */
    public boolean mutual() {
      return targets.contains("mutual");
    }

    /** The word class the condition asks of the object or complement, or "". */
    public String conditionClass() {
      int eq = condition.indexOf('=');
      return eq < 0 ? "" : condition.substring(eq + 1);
    }

    /** The slot the condition looks at: "obj", "xcomp", or "" when unconditional. */
    public String conditionSlot() {
      int eq = condition.indexOf('=');
      return eq < 0 ? "" : condition.substring(0, eq);
    }
  }

  private final Map<String, List<Entry>> verbs = new HashMap<>();
  private final Map<String, List<Entry>> nouns = new HashMap<>();
  private final Set<String> lightVerbs = new HashSet<>();
  private final Map<String, Set<String>> classes = new HashMap<>();

  private PredicateLexicon() {}

  private static final class Holder {
    static final PredicateLexicon BUNDLED = read();
  }

  /** The lexicon that ships with sitrep, read once. */
  public static PredicateLexicon bundled() {
    return Holder.BUNDLED;
  }

  private static PredicateLexicon read() {
    try (InputStream in = PredicateLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  static PredicateLexicon parse(BufferedReader reader) throws IOException {
    PredicateLexicon lexicon = new PredicateLexicon();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] f = text.split("\\s+");
      if (f[0].equals("CLASS")) {
        if (f.length < 2) {
          throw new IllegalArgumentException(
              RESOURCE + " line " + number + ": want CLASS NAME MEMBERS...: " + text);
        }
        Set<String> members = new HashSet<>();
        for (int k = 2; k < f.length; k++) {
          members.add(f[k].toLowerCase(Locale.ROOT));
        }
        if (lexicon.classes.put(f[1], members) != null) {
          // a second CLASS line of one name would silently replace the first
          throw new IllegalArgumentException(
              RESOURCE + " line " + number + ": CLASS " + f[1] + " is defined twice: " + text);
        }
        continue;
      }
      if (f.length < 4) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": want KIND LEMMA CODE TARGETS: " + text);
      }
      List<String> targets = f[3].equals("-") ? List.of() : List.of(f[3].split(","));
      List<String> slots = new ArrayList<>();
      String condition = "";
      for (String t : targets) {
        if (t.contains("=")) {
          condition = t;
        } else {
          slots.add(t);
        }
      }
      if (f.length > 4) {
        condition = f[4];
      }
      Entry entry = new Entry(f[2], List.copyOf(slots), condition);
      String lemma = f[1].toLowerCase(Locale.ROOT);
      switch (f[0]) {
        case "V" -> lexicon.verbs.computeIfAbsent(lemma, k -> new ArrayList<>()).add(entry);
        case "N" -> lexicon.nouns.computeIfAbsent(lemma, k -> new ArrayList<>()).add(entry);
        case "L" -> lexicon.lightVerbs.add(lemma);
        default ->
            throw new IllegalArgumentException(
                RESOURCE + " line " + number + ": kind must be V, N, L or CLASS: " + text);
      }
    }
    return lexicon;
  }

  /** The readings of a verb lemma ("shoot_down" for a verb with its particle), in file order. */
  public List<Entry> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Whether any verb reading exists for the lemma. */
  public boolean hasVerb(String lemma) {
    return verbs.containsKey(lemma);
  }

  /** The event a noun lemma names, if any: its first unconditional reading. */
  public Optional<Entry> noun(String lemma) {
    List<Entry> all = nouns.getOrDefault(lemma, List.of());
    return all.stream()
        .filter(e -> e.condition().isEmpty())
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  /** The readings of a noun lemma, in file order: conditional ones first. */
  public List<Entry> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Whether the verb lemma only carries the event of its object noun ("launch", "hold"). */
  public boolean isLight(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** Whether a word (lower-case lemma or text) belongs to a class of the file. */
  public boolean inClass(String className, @Nullable String word) {
    Set<String> members = classes.getOrDefault(className, Set.of());
    return word != null && (members.contains("*") || members.contains(word));
  }
}
