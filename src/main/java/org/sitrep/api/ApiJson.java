package org.sitrep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.EventJson;
import org.sitrep.export.QuoteJson;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.DailyCount;
import org.sitrep.store.DyadCount;
import org.sitrep.store.Page;
import org.sitrep.store.PlaceCount;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredQuote;

/**
 * The API's JSON: events in the record format of docs/record-format.md plus their store {@code id},
 * {@code outlet} and coverage; lists as {@code {"items":[...],"next":cursor|null}}.
 *
 * <pre>{@code ApiJson.page(store.events(filter, page), ApiJson::event)}</pre>
 */
final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  /**
   * An event: its id, the outlet of the article that first reported it, the record as that article
   * told it, and its coverage (mentions, articles, sources, first and last seen, contested).
   */
  static ObjectNode event(StoredEvent stored) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", stored.id());
    node.put("outlet", stored.outlet().orElse(null));
    node.setAll(EventJson.node(stored.event()));
    // the same fields as the JSON lines export, contested in a fixed order
    return EventJson.putCoverage(node, EventExport.coverage(stored.coverage()));
  }

  static ObjectNode quote(StoredQuote stored) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", stored.id());
    ObjectNode quote = QuoteJson.node(stored.quote());
    quote.remove("type");
    node.setAll(quote);
    return node;
  }

  static ObjectNode actor(ActorSummary a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", a.code());
    node.put("name", a.name());
    node.put("events", a.events());
    node.put("as_source", a.asSource());
    node.put("as_target", a.asTarget());
    return node;
  }

  static ObjectNode articleSummary(ArticleSummary a) {
    ObjectNode node = articleHead(a.id(), a.published(), a.outlet(), a.title(), a.url());
    node.put("events", a.events());
    return node;
  }

  static ObjectNode article(StoredArticle stored) {
    Article a = stored.article();
    ObjectNode node = articleHead(a.id(), a.published(), a.outlet(), a.title(), a.url());
    node.put("text", a.text());
    ArrayNode sentences = node.putArray("sentences");
    for (Sentence s : stored.sentences()) {
      ObjectNode sentence = sentences.addObject();
      sentence.put("index", s.index());
      sentence.put("start", s.start());
      sentence.put("end", s.end());
      ArrayNode ids = sentence.putArray("events");
      stored.events().stream()
          .filter(e -> e.event().sentence() == s.index())
          .forEach(e -> ids.add(e.id()));
    }
    ArrayNode events = node.putArray("events");
    stored.events().forEach(e -> events.add(event(e)));
    ArrayNode quotes = node.putArray("quotes");
    stored.quotes().forEach(q -> quotes.add(quote(q)));
    return node;
  }

  private static ObjectNode articleHead(
      String id,
      Optional<LocalDate> published,
      Optional<String> outlet,
      Optional<String> title,
      Optional<String> url) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("published", published.map(Object::toString).orElse(null));
    node.put("outlet", outlet.orElse(null));
    node.put("title", title.orElse(null));
    node.put("url", url.orElse(null));
    return node;
  }

  static ObjectNode daily(DailyCount day) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("date", day.date());
    node.put("events", day.events());
    node.put("reports", day.reports());
    node.put("sources", day.sources());
    ObjectNode quads = node.putObject("quad");
    for (int quad = 1; quad <= 4; quad++) {
      quads.put(Integer.toString(quad), day.byQuad().getOrDefault(quad, 0L));
    }
    mean(node, day.meanGoldstein());
    return node;
  }

  static ObjectNode dyad(DyadCount dyad) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", dyad.source());
    node.put("target", dyad.target());
    node.put("source_name", dyad.sourceName());
    node.put("target_name", dyad.targetName());
    node.put("events", dyad.events());
    mean(node, dyad.meanGoldstein());
    return node;
  }

  static ObjectNode place(PlaceCount place) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", place.name());
    // seas and continents lie in no country: null, as in an event's location
    node.put(
        "country", place.country() == null || place.country().isEmpty() ? null : place.country());
    node.put("type", place.type().isEmpty() ? null : place.type());
    node.put("lat", place.lat());
    node.put("lon", place.lon());
    node.put("events", place.events());
    node.put("reports", place.reports());
    node.put("sources", place.sources());
    mean(node, place.meanGoldstein());
    return node;
  }

  static <T> String page(Page<T> page, Function<T, ObjectNode> item) {
    ObjectNode node = items(page.items(), item);
    node.put("next", page.next().orElse(null));
    return write(node);
  }

  static <T> String list(List<T> items, Function<T, ObjectNode> item) {
    return write(items(items, item));
  }

  static String error(@Nullable String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("error", message);
    return write(node);
  }

  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static <T> ObjectNode items(List<T> items, Function<T, ObjectNode> item) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode array = node.putArray("items");
    items.forEach(i -> array.add(item.apply(i)));
    return node;
  }

  private static void mean(ObjectNode node, OptionalDouble mean) {
    if (mean.isPresent()) {
      node.put("mean_goldstein", Math.round(mean.getAsDouble() * 100) / 100.0);
    } else {
      node.putNull("mean_goldstein");
    }
  }
}
