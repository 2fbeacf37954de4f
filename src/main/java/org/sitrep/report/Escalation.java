package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Which dyads and countries are escalating or calming, each against its own baseline.
 *
 * <p>Design note. The baseline is the {@value #BASELINE_PERIODS} periods of the same length just
 * before the report's period. Two signals, each needing enough events to mean something:
 *
 * <ul>
 *   <li>tone: the mean Goldstein score now against the baseline's, both over at least {@value
 *       #MIN_EVENTS} scored events; a fall of {@value #TONE_SHIFT} points or more is escalating, a
 *       rise as large calming. It decides when it fires.
 *   <li>volume: z = (events now − baseline mean) / max(baseline standard deviation, √baseline mean,
 *       1), the spread floored by the Poisson spread of the mean so that a quiet, steady baseline
 *       does not turn one extra event into a spike. z ≥ {@value #Z_THRESHOLD} with at least {@value
 *       #MIN_EVENTS} events now is a surge: escalating when the events now are hostile on average
 *       (mean Goldstein below 0), calming when they are cooperative. z ≤ −{@value #Z_THRESHOLD}
 *       with a baseline of at least {@value #MIN_EVENTS} events per period is a drop: calming when
 *       the baseline was hostile.
 * </ul>
 *
 * Rows are ranked by the size of the signal that flagged them (|z|, or the tone shift in points).
 *
 * <pre>{@code Escalation.movers(seriesByDyad, label)}</pre>
 */
public final class Escalation {
  /** Periods of the same length before the report's that make its baseline. */
  public static final int BASELINE_PERIODS = 4;

  /** Events a signal needs: now for a surge, per baseline period for a drop, scored for tone. */
  public static final int MIN_EVENTS = 5;

  public static final double Z_THRESHOLD = 2.0;
  public static final double TONE_SHIFT = 2.0;

  /** The method as the report's footnote states it. */
  public static final String METHOD =
      String.format(
          Locale.ROOT,
          "Baseline: the %d periods of the same length before this one. Volume: z = (events now −"
              + " baseline mean) / max(baseline standard deviation, √baseline mean, 1); a surge is"
              + " z ≥ %.1f with at least %d events now (escalating when those events average a"
              + " negative Goldstein score, calming when positive); a drop is z ≤ −%.1f with at"
              + " least %d events per baseline period (calming when the baseline was hostile)."
              + " Tone: a mean Goldstein score %.1f points lower than the baseline's is escalating,"
              + " %.1f higher calming, both means over at least %d scored events; tone decides"
              + " when both signals fire.",
          BASELINE_PERIODS,
          Z_THRESHOLD,
          MIN_EVENTS,
          Z_THRESHOLD,
          MIN_EVENTS,
          TONE_SHIFT,
          TONE_SHIFT,
          MIN_EVENTS);

  /** Which way a dyad or country moved. */
  public enum Direction {
    ESCALATING,
    CALMING
  }

  /** Movers by the size of the signal that flagged them, then by key. */
  static final Comparator<Mover> STRONGEST_FIRST =
      Comparator.comparingDouble((Mover m) -> -strength(m)).thenComparing(Mover::key);

  private Escalation() {}

  /** The flagged keys of {@code series}, strongest first, named by {@code label}. */
  static List<Mover> movers(Map<String, Series> series, Function<String, String> label) {
    List<Mover> movers = new ArrayList<>();
    series.forEach((key, s) -> judge(key, s).ifPresent(m -> movers.add(named(m, label))));
    movers.sort(STRONGEST_FIRST);
    return movers;
  }

  /** The verdict on one series, if it moved enough. */
  static Optional<Mover> judge(String key, Series s) {
    long now = s.count(0);
    double mean = s.baselineMean();
    double z = (now - mean) / Math.max(Math.max(s.baselineSpread(), Math.sqrt(mean)), 1.0);
    OptionalDouble toneNow = s.goldsteinNow();
    OptionalDouble toneBefore = s.goldsteinBefore();
    String volume =
        String.format(Locale.ROOT, "%d events, baseline %.1f per period, z %+.1f", now, mean, z);
    if (s.scoredNow() >= MIN_EVENTS && s.scoredBefore() >= MIN_EVENTS) {
      double shift = toneNow.getAsDouble() - toneBefore.getAsDouble();
      if (Math.abs(shift) >= TONE_SHIFT) {
        String why =
            String.format(
                Locale.ROOT,
                "mean Goldstein %+.1f against %+.1f (%+.1f); %s",
                toneNow.getAsDouble(),
                toneBefore.getAsDouble(),
                shift,
                volume);
        Direction d = shift < 0 ? Direction.ESCALATING : Direction.CALMING;
        return Optional.of(new Mover(key, key, d, now, mean, z, toneNow, toneBefore, why));
      }
    }
    Optional<Direction> d = Optional.empty();
    if (z >= Z_THRESHOLD && now >= MIN_EVENTS && toneNow.isPresent()) {
      d = Optional.of(toneNow.getAsDouble() < 0 ? Direction.ESCALATING : Direction.CALMING);
    } else if (z <= -Z_THRESHOLD
        && mean >= MIN_EVENTS
        && toneBefore.isPresent()
        && toneBefore.getAsDouble() < 0) {
      d = Optional.of(Direction.CALMING);
    }
    return d.map(dir -> new Mover(key, key, dir, now, mean, z, toneNow, toneBefore, volume));
  }

  private static Mover named(Mover m, Function<String, String> label) {
    return new Mover(
        m.key(),
        label.apply(m.key()),
        m.direction(),
        m.events(),
        m.baselineMean(),
        m.z(),
        m.goldsteinNow(),
        m.goldsteinBefore(),
        m.why());
  }

  private static double strength(Mover m) {
    if (m.goldsteinNow().isPresent() && m.goldsteinBefore().isPresent()) {
      double shift = Math.abs(m.goldsteinNow().getAsDouble() - m.goldsteinBefore().getAsDouble());
      if (shift >= TONE_SHIFT && m.why().startsWith("mean Goldstein")) {
        return Math.max(shift, Math.abs(m.z()));
      }
    }
    return Math.abs(m.z());
  }
}
