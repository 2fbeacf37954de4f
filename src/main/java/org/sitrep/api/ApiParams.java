package org.sitrep.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.store.EventFilter;
import org.sitrep.store.PageRequest;

/**
 * The query parameters of the API's routes: each given at most once, paging read here, the rest
 * handed to the store's filters, which refuse names they do not know.
 */
final class ApiParams {
  /** The parameters a paged route reads itself. */
  static final Set<String> PAGING = Set.of("limit", "cursor");

  private ApiParams() {}

  static void noParameters(Context ctx) {
    if (!ctx.queryParamMap().isEmpty()) {
      throw new IllegalArgumentException(
          "this resource takes no parameters: " + ctx.queryParamMap().keySet());
    }
  }

  static EventFilter eventFilter(Context ctx, Set<String> allowed) {
    return EventFilter.of(params(ctx, allowed));
  }

  /**
   * Query parameters other than {@code ignored} (those the route reads itself, such as paging),
   * each given at most once; the filter they go to refuses names it does not know.
   */
  static Map<String, String> params(Context ctx, Set<String> ignored) {
    Map<String, String> params = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (key, values) -> {
              if (values.size() > 1) {
                throw new IllegalArgumentException(
                    "give '" + key + "' once, not " + values.size() + " times");
              }
              if (!ignored.contains(key)) {
                params.put(key, values.isEmpty() ? "" : values.get(0));
              }
            });
    return params;
  }

  static PageRequest page(Context ctx) {
    return new PageRequest(
        limit(ctx, PageRequest.DEFAULT_LIMIT), Optional.ofNullable(ctx.queryParam("cursor")));
  }

  static int limit(Context ctx, int defaultLimit) {
    String limit = ctx.queryParam("limit");
    if (limit == null || limit.isBlank()) {
      return defaultLimit;
    }
    try {
      int value = Integer.parseInt(limit.strip());
      if (value < 1 || value > PageRequest.MAX_LIMIT) {
        throw new IllegalArgumentException(
            "limit must be 1 to " + PageRequest.MAX_LIMIT + ": " + limit);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit must be a number: " + limit, e);
    }
  }
}
