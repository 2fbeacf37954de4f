package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.cameo.CodeTable;

/*
 * Design note. A CAMEO actor code is a run of 3-letter chunks: USAGOV, RUSMIL, IGOEUREEC,
 * MOSSUN. GDELT breaks it into country, known group, ethnic, two religion and three type columns.
 * Chunks are ambiguous across the lookup tables (RUS is a country and an ethnic group, SUN is a
 * Phoenix country prefix and Sunni, UNO is a type and a known group), so position decides first:
 * the country can only be the first chunk, or the second after an organisation type (IGO, NGO,
 * MNC...) as in IGO-EUR-EEC. The other chunks are tried as known group, religion, type, ethnic,
 * in that order; a chunk no table knows is kept as a type (roles are most chunks, and dropping it
 * would lose information silently).
 */

/** An actor code split into GDELT's actor columns; see {@link GdeltTsv}. */
record ActorAttributes(
    String country,
    String knownGroup,
    String ethnic,
    String religion1,
    String religion2,
    String type1,
    String type2,
    String type3) {

  private static final Set<String> COUNTRIES = table("CAMEO.countrycodes.txt");
  private static final Set<String> KNOWN_GROUPS = table("CAMEO.knowngroup.txt");
  private static final Set<String> RELIGIONS = table("CAMEO.religion.txt");
  private static final Map<String, String> TYPES = labelled("CAMEO.type.txt");
  private static final Set<String> ETHNIC = table("CAMEO.ethnic.txt");
  private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "INT");

  static ActorAttributes of(String code) {
    List<String> chunks = chunks(code.strip().toUpperCase(Locale.ROOT));
    String country = "";
    String knownGroup = "";
    String ethnic = "";
    List<String> religions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      String chunk = chunks.get(i);
      boolean countryPlace = i == 0 || (i == 1 && ORGANISATIONS.contains(chunks.get(0)));
      if (countryPlace && country.isEmpty() && COUNTRIES.contains(chunk)) {
        country = chunk;
      } else if (knownGroup.isEmpty() && KNOWN_GROUPS.contains(chunk)) {
        knownGroup = chunk;
      } else if (RELIGIONS.contains(chunk)) {
        religions.add(chunk);
      } else if (!TYPES.containsKey(chunk) && ethnic.isEmpty() && ETHNIC.contains(chunk)) {
        ethnic = chunk;
      } else {
        types.add(chunk);
      }
    }
    return new ActorAttributes(
        country,
        knownGroup,
        ethnic,
        nth(religions, 0),
        nth(religions, 1),
        nth(types, 0),
        nth(types, 1),
        nth(types, 2));
  }

  /** The types (roles and sectors) the code names, in order, as CAMEO's words: ["Government"]. */
  List<String> sectors() {
    List<String> sectors = new ArrayList<>();
    for (String type : List.of(type1, type2, type3)) {
      String label = TYPES.get(type);
      if (label != null) {
        sectors.add(label);
      }
    }
    return sectors;
  }

  /** The code in 3-letter pieces; a short last piece (a malformed code) is kept as it is. */
  private static List<String> chunks(String code) {
    List<String> chunks = new ArrayList<>();
    for (int at = 0; at < code.length(); at += 3) {
      chunks.add(code.substring(at, Math.min(at + 3, code.length())));
    }
    return chunks;
  }

  private static String nth(List<String> list, int index) {
    return index < list.size() ? list.get(index) : "";
  }

  private static Set<String> table(String name) {
    return Set.copyOf(labelled(name).keySet());
  }

  private static Map<String, String> labelled(String name) {
    return CodeTable.labels("/org/sitrep/cameo/" + name);
  }
}
