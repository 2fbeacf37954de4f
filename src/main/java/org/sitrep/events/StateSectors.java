package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * A state named bare acts through its government or its army: "Iran rejected the offer" is the
 * Iranian government's act (IRNGOV), "Israel struck Gaza" the Israeli army's (ISRMIL). A state that
 * receives talk, appeals, offers, demands, refusals, threats or sanctions receives them as a
 * government ("urged Tehran to", IRNGOV); one that is attacked, criticised or coerced stays the
 * country, whose land and people the act may be aimed at. Regions and bodies stay as named.
 *
 * <pre>{@code StateSectors.source(ActorCode.of("IRN"), CameoCode.of("111"))  // IRNGOV}</pre>
 */
final class StateSectors {
  // roots whose bare-state source is its army: force posture, fighting, mass violence
  private static final Set<String> ARMY_ROOTS = Set.of("15", "19", "20");
  // roots whose bare-state source stays as named: assaults (often by unnamed agents), protests
  private static final Set<String> BARE_SOURCE_ROOTS = Set.of("14", "18");
  // roots whose bare-state target is its government: talk, cooperation, demands, refusals,
  // threats, cutting ties
  private static final Set<String> GOVERNMENT_TARGET_ROOTS =
      Set.of("01", "02", "03", "04", "05", "06", "10", "12", "13", "16");
  private static final Set<String> STATES = states();

  private StateSectors() {}

  /** The source's code with the sector a bare state acts through for {@code code}. */
  static ActorCode source(ActorCode source, CameoCode code) {
    String root = code.root();
    if (!isState(source) || BARE_SOURCE_ROOTS.contains(root)) {
      return source;
    }
    return ActorCode.of(source.value() + (ARMY_ROOTS.contains(root) ? "MIL" : "GOV"));
  }

  /** The target's code, a government where a bare state receives {@code code} as one. */
  static ActorCode target(ActorCode target, CameoCode code) {
    if (!isState(target) || !GOVERNMENT_TARGET_ROOTS.contains(code.root())) {
      return target;
    }
    return ActorCode.of(target.value() + "GOV");
  }

  private static boolean isState(ActorCode code) {
    return code.value().length() == 3 && STATES.contains(code.value());
  }

  /**
   * CAMEO's country codes: the table lists the states first, then from "AFR" on the regions
   * (Africa, Europe, the Middle East), which have no government of their own.
   */
  private static Set<String> states() {
    String resource = "/org/sitrep/cameo/CAMEO.countrycodes.txt";
    Set<String> states = new HashSet<>();
    // the stream is a resource from the moment it opens: building the message must not leak it
    try (InputStream in = StateSectors.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    Objects.requireNonNull(in, "missing " + resource), StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // the header, "CODE" and "LABEL"
      while ((line = reader.readLine()) != null) {
        String code = line.split("\t", 2)[0].strip();
        if (code.equals("AFR")) {
          break;
        }
        if (!code.isEmpty()) {
          states.add(code);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(states);
  }
}
