package org.sitrep.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/articles}: the bearer token checked (in constant time, with wrong tokens
 * throttled per client address by {@link TokenGuesses}), then the article handed to {@link
 * ArticleIntake}.
 */
final class ArticlePosting {
  private static final String JSON = "application/json";

  private final ArticleIntake intake;
  private final Optional<String> token;
  private final TokenGuesses guesses = new TokenGuesses();

  ArticlePosting(ArticleIntake intake, Optional<String> token) {
    this.intake = intake;
    this.token = token;
  }

  void handle(Context ctx) {
    if (token.isEmpty()) {
      refuse(ctx, "posting articles is off: start sitrep serve with --token");
      return;
    }
    String address = ctx.ip();
    OptionalLong wait = guesses.retryAfter(address);
    if (wait.isPresent()) {
      ctx.status(429)
          .header("Retry-After", Long.toString(wait.getAsLong()))
          .contentType(JSON)
          .result(
              ApiJson.error(
                  "too many wrong tokens from "
                      + address
                      + ": try again in "
                      + wait.getAsLong()
                      + " s"));
      return;
    }
    if (!authorized(ctx.header("Authorization"))) {
      if (ctx.header("Authorization") != null) {
        guesses.failed(address);
      }
      refuse(ctx, "posting articles needs the header Authorization: Bearer <token>");
      return;
    }
    Map<String, String> params = ApiParams.params(ctx, Set.of());
    params.keySet().stream()
        .filter(key -> !key.equals("date"))
        .findFirst()
        .ifPresent(
            key -> {
              throw new IllegalArgumentException(
                  "unknown parameter '" + key + "': use date=YYYY-MM-DD");
            });
    ArticleIntake.Outcome outcome =
        intake.ingest(ctx.bodyAsBytes(), Optional.ofNullable(params.get("date")));
    ctx.status(outcome.status()).contentType(JSON).result(outcome.json());
  }

  private static void refuse(Context ctx, String message) {
    ctx.status(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType(JSON)
        .result(ApiJson.error(message));
  }

  private boolean authorized(@Nullable String header) {
    if (token.isEmpty() || header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    // constant time: the comparison must not tell how much of a guess was right
    return MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8));
  }
}
