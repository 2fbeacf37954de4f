package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * The checks every format shares, in the order a user would fix them: text present, not too large,
 * English, dated. Fills a missing id with a hash of the text so re-reading the same article gives
 * the same id.
 */
final class DraftCheck {
  private final IngestOptions options;

  DraftCheck(IngestOptions options) {
    this.options = options;
  }

  int maxArticleChars() {
    return options.maxArticleChars();
  }

  /** The article, or a {@link BadInput} naming {@code record} and what to do about it. */
  Article article(Draft draft, String origin, String record) throws BadInput {
    String text = draft.text().orElseThrow(() -> new BadInput(record, "no article text"));
    if (text.isBlank()) {
      throw new BadInput(record, "article text is only whitespace");
    }
    String body = text.strip();
    if (body.length() > options.maxArticleChars()) {
      throw new BadInput(record, tooLarge(body.length(), options.maxArticleChars()));
    }
    Optional<String> notEnglish = LanguageCheck.whyNotEnglish(body);
    if (notEnglish.isPresent()) {
      throw new BadInput(record, notEnglish.get());
    }
    LocalDate published = published(draft.published(), record);
    String id = draft.id().orElseGet(() -> hash(body));
    return new Article(
        id, Optional.of(published), draft.outlet(), draft.title(), body, draft.url(), origin);
  }

  private LocalDate published(Optional<String> raw, String record) throws BadInput {
    if (raw.isEmpty()) {
      // Event dates are resolved against this date, so "today" would silently misdate them.
      return options
          .defaultDate()
          .orElseThrow(() -> new BadInput(record, "no publication date: give --date YYYY-MM-DD"));
    }
    return PublicationDates.parse(raw.get())
        .orElseThrow(
            () ->
                new BadInput(
                    record,
                    "unreadable publication date '" + raw.get() + "'; write it as YYYY-MM-DD"));
  }

  /** "article too large: 50 MB, limit 1 MB; split it into articles" (MB = million chars). */
  static String tooLarge(long size, long limit) {
    return "article too large: "
        + megabytes(size, "characters")
        + ", limit "
        + megabytes(limit, "characters")
        + "; split it into articles";
  }

  /** "50 MB", "1.5 MB", or for small amounts "138 characters" (a test's limit). */
  static String megabytes(long n, String unit) {
    if (n < 100_000) {
      return n + " " + unit;
    }
    double mb = n / 1_000_000.0;
    return mb >= 10 || n % 1_000_000 == 0
        ? String.format(Locale.ROOT, "%d MB", Math.round(mb))
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }

  /** First 16 hex digits of the SHA-256 of {@code text}: stable across runs and machines. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
