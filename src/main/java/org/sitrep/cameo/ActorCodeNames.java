package org.sitrep.cameo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable name for a CAMEO actor code, read from its 3-letter parts in the bundled tables:
 * countries and regions, known groups, types (roles), religions and ethnic groups.
 *
 * <pre>{@code
 * ActorCodeNames.bundled().name("RUSGOV")     // Optional[Russia government]
 * ActorCodeNames.bundled().name("PSEREBHMS")  // Optional[Hamas]
 * ActorCodeNames.bundled().name("IGOWSTNAT")  // Optional[NATO]
 * }</pre>
 *
 * <p>A named organisation (a known group, or the UN, Red Cross, Amnesty, Greenpeace; the last when
 * there are two) names itself: the parts before it (its country, "rebels", "inter-governmental
 * organisation") are left out and the roles after it kept ("United Nations peacekeepers"). A known
 * group's label gives way to the acronym it carries ("North Atlantic Treaty Organization (NATO)" is
 * NATO), since news calls them so. A code with a part no table knows has no name here: the caller
 * falls back to other sources.
 */
public final class ActorCodeNames {
  private static final String FOLDER = "/org/sitrep/cameo/";
  private static final ActorCodeNames BUNDLED = new ActorCodeNames();
  // Types that are organisations with names of their own.
  private static final Set<String> NAMED_TYPES = Set.of("UNO", "AMN", "IRC", "GRP");
  // Types that say an organisation follows; where the country may stand second (IGO-EUR-EEC).
  private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "INT");
  private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z0-9-]{1,7})\\)");

  private final Map<String, String> countries = table("CAMEO.countrycodes.txt");
  private final Map<String, String> knownGroups = table("CAMEO.knowngroup.txt");
  private final Map<String, String> types = table("CAMEO.type.txt");
  private final Map<String, String> religions = table("CAMEO.religion.txt");
  private final Map<String, String> ethnic = table("CAMEO.ethnic.txt");

  private ActorCodeNames() {}

  public static ActorCodeNames bundled() {
    return BUNDLED;
  }

  /** The code's country or region name ("Russia" for RUSGOV), if its first part is one. */
  public Optional<String> country(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return upper.length() < 3
        ? Optional.empty()
        : Optional.ofNullable(countries.get(upper.substring(0, 3)));
  }

  /** The code's readable name, or empty when a part of it is in no table. */
  public Optional<String> name(String code) {
    List<String> chunks = chunks(code.strip().toUpperCase(Locale.ROOT));
    int named = lastNamedOrganisation(chunks);
    List<String> words = new ArrayList<>();
    String country = "";
    for (int i = Math.max(named, 0); i < chunks.size(); i++) {
      String chunk = chunks.get(i);
      if (named < 0
          && isCountryPlace(chunks, i)
          && country.isEmpty()
          && countries.containsKey(chunk)) {
        country = countries.get(chunk);
      } else if (i == named) {
        words.add(organisation(chunk));
      } else {
        Optional<String> part = part(chunk);
        if (part.isEmpty()) {
          return Optional.empty();
        }
        words.add(part.get());
      }
    }
    if (!country.isEmpty()) {
      words.add(0, country);
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(capitalised(String.join(" ", words)));
  }

  /** The last: IGO-UNO-IAE is the IAEA, a body of the UN. */
  private int lastNamedOrganisation(List<String> chunks) {
    for (int i = chunks.size() - 1; i >= 0; i--) {
      String chunk = chunks.get(i);
      // PSE is Palestine first and a known group after: the country's place decides
      if (!(isCountryPlace(chunks, i) && countries.containsKey(chunk))
          && (knownGroups.containsKey(chunk) || NAMED_TYPES.contains(chunk))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isCountryPlace(List<String> chunks, int i) {
    return i == 0 || (i == 1 && ORGANISATIONS.contains(chunks.get(0)));
  }

  private String organisation(String chunk) {
    String label = knownGroups.containsKey(chunk) ? knownGroups.get(chunk) : types.get(chunk);
    Matcher acronym = ACRONYM.matcher(Objects.requireNonNull(label, chunk));
    String found = acronym.find() ? acronym.group(1) : null;
    return found == null ? label : found;
  }

  /** A part after the country: a role ("government"), a religion or an ethnic group. */
  private Optional<String> part(String chunk) {
    if (types.containsKey(chunk)) {
      return Optional.of(types.get(chunk).toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(religions.get(chunk))
        .or(() -> Optional.ofNullable(ethnic.get(chunk)));
  }

  /** The code in 3-letter pieces, without the null code's "---" (the police: ---COP). */
  private static List<String> chunks(String code) {
    List<String> chunks = new ArrayList<>();
    for (int at = 0; at < code.length(); at += 3) {
      String chunk = code.substring(at, Math.min(at + 3, code.length()));
      if (!chunk.equals("---")) {
        chunks.add(chunk);
      }
    }
    return chunks;
  }

  private static String capitalised(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static Map<String, String> table(String name) {
    return CodeTable.labels(FOLDER + name);
  }
}
