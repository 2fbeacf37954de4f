package org.sitrep.cli;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;

/** Walks a query's pages until it ends or {@code limit} items were taken (0: no limit). */
final class Paging {
  private Paging() {}

  static <T> void each(int limit, Function<PageRequest, Page<T>> query, Consumer<T> sink) {
    if (limit < 0) {
      throw new UserError("--limit must be 0 (all) or more: " + limit);
    }
    int taken = 0;
    Optional<String> cursor = Optional.empty();
    do {
      int size =
          limit == 0 ? PageRequest.MAX_LIMIT : Math.min(PageRequest.MAX_LIMIT, limit - taken);
      Page<T> page = query.apply(new PageRequest(size, cursor));
      for (T item : page.items()) {
        sink.accept(item);
        taken++;
      }
      cursor = page.next();
    } while (cursor.isPresent() && (limit == 0 || taken < limit));
  }
}
