package org.sitrep.cameo;

import java.util.Map;
import java.util.Optional;

/**
 * The name of each CAMEO event code, from GDELT's lookup table (bundled as {@code
 * org/sitrep/cameo/CAMEO.eventcodes.txt}), so outputs can say "Employ aerial weapons" beside 195.
 *
 * <pre>{@code CameoNames.bundled().name("195")  // "Employ aerial weapons"}</pre>
 *
 * <p>A code the table lacks takes its longest listed prefix's name, as Goldstein scores do.
 */
public final class CameoNames {
  private static final String RESOURCE = "/org/sitrep/cameo/CAMEO.eventcodes.txt";
  private static final CameoNames BUNDLED = load();

  private final Map<String, String> names;

  private CameoNames(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  public static CameoNames bundled() {
    return BUNDLED;
  }

  public Optional<String> name(String code) {
    return CodeTable.byLongestPrefix(names, code);
  }

  private static CameoNames load() {
    return new CameoNames(CodeTable.read(RESOURCE, "NAME"));
  }
}
