package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One news article from a saved web page: the article's text without the site around it, and its
 * title, date, outlet and address from the page's metadata.
 */
final class HtmlArticles {
  /*
   * Design note. Extraction is a small readability: first remove what is never article text
   * (scripts, styles, navigation, site header, footers, asides, forms, cookie and newsletter
   * banners, share and related-article boxes, found by tag, ARIA role or class/id words), then
   * take the largest <article>, else <main>, else the element whose child paragraphs hold the most
   * text. A box named like boilerplate is kept if it holds an <article> or <main>, or most of the
   * page's paragraph text: a wrapper called "main-menu-and-content" is still the content.
   */

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, footer, aside, form, button, select, iframe,"
          + " svg, canvas, figure, dialog, [hidden], [aria-hidden=true], [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";

  private static final Pattern BOILERPLATE_WORD =
      Pattern.compile(
          "(?i)(?:^|[-_])(cookies?|consent|gdpr|newsletter|subscribe|subscription|social|share"
              + "|sharing|related|promo|advert|advertisement|ads?|comments?|breadcrumbs?|sidebar"
              + "|menu|navbar|nav|modal|popup|paywall|masthead)(?:$|[-_])");

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[property=og:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[name=dc.date]",
  };

  private HtmlArticles() {}

  /** The draft article of a page; {@link BadInput} if there is no text to code. */
  static Draft draft(String html) throws BadInput {
    Document page = Jsoup.parse(html);
    // Metadata first: the JSON-LD with the date lives in a <script> that cleaning removes.
    Optional<String> published = published(page);
    Optional<String> title =
        meta(page, "meta[property=og:title]")
            .or(() -> Draft.field(page.title()))
            .or(
                () ->
                    Optional.ofNullable(page.selectFirst("h1"))
                        .flatMap(h -> Draft.field(h.text())));
    Optional<String> outlet = meta(page, "meta[property=og:site_name]");
    Optional<String> url =
        meta(page, "meta[property=og:url]")
            .or(
                () ->
                    Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
                        .flatMap(link -> Draft.field(link.attr("href"))));
    removeBoilerplate(page);
    String text = HtmlText.of(mainElement(page));
    if (text.isBlank()) {
      throw new BadInput("file", "no article text found in HTML");
    }
    return new Draft(Optional.empty(), published, outlet, title, Optional.of(text), url);
  }

  /**
   * The page as text: UTF-8, or the charset its {@code <meta charset>} declares when that is not
   * UTF-8 (saved pages of older sites are often windows-1252). Undeclared bad bytes are an error.
   */
  static String decode(byte[] bytes) throws BadInput {
    if (Utf8Text.hasNul(bytes, bytes.length)) {
      throw Utf8Text.binary(bytes, bytes.length);
    }
    try {
      return Utf8Text.decode(bytes, "file");
    } catch (BadInput notUtf8) {
      Optional<Charset> declared = declaredCharset(bytes);
      if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
        throw notUtf8;
      }
      try {
        return declared
            .get()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        throw new BadInput(
            "file",
            "not "
                + declared.get().name()
                + " text as its <meta charset> says; convert it to UTF-8 or leave it out");
      }
    }
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    try {
      return m.find() && Charset.isSupported(m.group(1))
          ? Optional.of(Charset.forName(m.group(1)))
          : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      // A garbled declaration declares nothing; the page is then held to UTF-8.
      return Optional.empty();
    }
  }

  private static Optional<String> meta(Document page, String selector) {
    return Optional.ofNullable(page.selectFirst(selector))
        .flatMap(e -> Draft.field(e.attr("content")));
  }

  /**
   * The first date that parses, trying the most specific sources first; if some are present but
   * none parses, the first raw value, so the article is reported as unreadably dated rather than
   * silently given {@code --date}.
   */
  private static Optional<String> published(Document page) {
    List<String> candidates = new ArrayList<>();
    for (String selector : DATE_META) {
      meta(page, selector).ifPresent(candidates::add);
    }
    for (Element time : page.select("time[datetime]")) {
      Draft.field(time.attr("datetime")).ifPresent(candidates::add);
    }
    jsonLdDate(page).ifPresent(candidates::add);
    return candidates.stream()
        .filter(date -> PublicationDates.parse(date).isPresent())
        .findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  private static Optional<String> jsonLdDate(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
        if (found != null && found.isTextual()) {
          return Draft.field(found.textValue());
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is the site's bug and only a hint; the other date sources still count.
      }
    }
    return Optional.empty();
  }

  private static void removeBoilerplate(Document page) {
    page.select(NEVER_TEXT).remove();
    // A site header is chrome; an <article>'s own header holds its headline and standfirst.
    for (Element header : page.select("header")) {
      if (header.closest("article, main") == null) {
        header.remove();
      }
    }
    int pageText = paragraphText(page.body());
    for (Element box : page.body().select("[class], [id]")) {
      if (box.parent() != null && looksLikeBoilerplate(box) && !holdsContent(box, pageText)) {
        box.remove();
      }
    }
  }

  private static boolean looksLikeBoilerplate(Element box) {
    String names = box.className() + " " + box.id();
    if (box.normalName().matches("article|main|body|html")) {
      return false;
    }
    for (String name : names.trim().split("\\s+")) {
      if (BOILERPLATE_WORD.matcher(name).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsContent(Element box, int pageText) {
    return !box.select("article, main").isEmpty() || 2 * paragraphText(box) > pageText;
  }

  private static int paragraphText(Element root) {
    return root.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  /** The largest article, else main, else the parent of the most paragraph text, else body. */
  private static Element mainElement(Document page) {
    Comparator<Element> byText = Comparator.comparingInt(e -> e.text().length());
    Optional<Element> article =
        page.select("article").stream().filter(e -> !e.text().isBlank()).max(byText);
    if (article.isPresent()) {
      return article.get();
    }
    Optional<Element> main =
        page.select("main, [role=main]").stream().filter(e -> !e.text().isBlank()).max(byText);
    if (main.isPresent()) {
      return main.get();
    }
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : page.body().select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return score.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(page.body());
  }
}
