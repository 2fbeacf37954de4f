package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, one article per item or entry. A broken item is a problem
 * naming it and the rest of the feed is read; a file that is not well-formed XML is one problem.
 */
final class FeedArticles {
  /*
   * Design note. Rome normalizes the many feed dialects, but it drops what it cannot parse: an
   * unreadable <pubDate> becomes null, the same as no date, and an item without <guid> gets its
   * link as id. To tell "no date" (use --date) from "bad date" (report it) and guid from link, the
   * feed is parsed once into a DOM with the JDK's parser (secure settings, and its line numbers
   * for errors), the raw item elements are read from it, and Rome builds its model from the same
   * DOM. Rome keeps items in document order, so item N of both is the same item.
   */

  /** Xerces' and the JDK's name for refusing a document type declaration. */
  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "date", "issued", "updated", "modified");

  private final String name;
  private final DraftCheck check;

  FeedArticles(String name, DraftCheck check) {
    this.name = name;
    this.check = check;
  }

  /** Reads every item; a {@link BadInput} means the file is no feed at all. */
  void read(byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) throws BadInput {
    List<Draft> drafts = drafts(bytes);
    if (drafts.isEmpty()) {
      throw new BadInput("file", "feed has no items");
    }
    for (int i = 0; i < drafts.size(); i++) {
      String record = "item " + (i + 1);
      try {
        articles.accept(check.article(drafts.get(i), name + ": " + record, record));
      } catch (BadInput e) {
        problems.accept(new Problem(name, e.record(), e.reason()));
      }
    }
  }

  /** The items as drafts, in document order, before any check; none when the feed has none. */
  static List<Draft> drafts(byte[] bytes) throws BadInput {
    if (Utf8Text.hasNul(bytes, bytes.length)) {
      throw Utf8Text.binary(bytes, bytes.length);
    }
    Document dom = parse(bytes);
    String root = dom.getDocumentElement().getLocalName();
    if (!List.of("rss", "RDF", "feed").contains(root)) {
      throw new BadInput(
          "file",
          "not an RSS or Atom feed (root element <"
              + dom.getDocumentElement().getTagName()
              + ">, expected <rss> or <feed>)");
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(dom);
    } catch (FeedException | RuntimeException e) {
      // Rome throws IllegalArgumentException and the odd NullPointerException on feeds it
      // cannot map; either way the file cannot be read and the batch goes on.
      throw new BadInput("file", "not a feed Rome can read: " + e.getMessage());
    }
    List<Element> items = itemElements(dom.getDocumentElement());
    List<SyndEntry> entries = feed.getEntries();
    Optional<String> outlet = Draft.field(feed.getTitle());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Element> raw =
          items.size() == entries.size() ? Optional.of(items.get(i)) : Optional.empty();
      drafts.add(draft(entries.get(i), raw, outlet));
    }
    return drafts;
  }

  private static Document parse(byte[] bytes) throws BadInput {
    try {
      DocumentBuilder builder = builder();
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              // Warnings (an unused namespace, say) do not stop reading; errors below do.
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SAXParseException e) {
      String record = e.getLineNumber() > 0 ? "line " + e.getLineNumber() : "file";
      String where =
          e.getLineNumber() > 0
              ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
              : "";
      String message = String.valueOf(e.getMessage()).replaceAll("\\.$", "");
      if (message.contains("DOCTYPE")) {
        throw new BadInput(record, "a DOCTYPE is refused" + where + ": feeds need none");
      }
      // The JDK's words for a file that stops before its root element closes.
      String hint =
          message.contains("start and end within the same entity") ? "; is the file complete?" : "";
      throw new BadInput(record, "not well-formed XML" + where + ": " + message + hint);
    } catch (SAXException | IOException e) {
      throw new BadInput("file", "not well-formed XML: " + e.getMessage());
    }
  }

  /**
   * Namespace-aware and refusing any DOCTYPE: feeds never need one, and the entities a DOCTYPE
   * declares can expand to gigabytes (secure processing bounds their count, not their size).
   */
  private static DocumentBuilder builder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  /** The item and entry elements in document order: RSS 2.0 nests them in channel, RSS 1.0 not. */
  private static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    for (Element child : children(root)) {
      String local = child.getLocalName();
      if (local.equals("item") || local.equals("entry")) {
        items.add(child);
      } else if (local.equals("channel")) {
        for (Element item : children(child)) {
          if (item.getLocalName().equals("item")) {
            items.add(item);
          }
        }
      }
    }
    return items;
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getLocalName() != null) {
        children.add((Element) n);
      }
    }
    return children;
  }

  private static Optional<String> childText(Optional<Element> item, String localName) {
    return item.flatMap(
        element ->
            children(element).stream()
                .filter(child -> child.getLocalName().equals(localName))
                .findFirst()
                .flatMap(child -> Draft.field(child.getTextContent())));
  }

  private static Draft draft(SyndEntry entry, Optional<Element> raw, Optional<String> outlet) {
    Optional<String> url =
        Draft.field(entry.getLink())
            .or(
                () ->
                    entry.getLinks().stream()
                        .map(SyndLink::getHref)
                        .flatMap(h -> Draft.field(h).stream())
                        .findFirst());
    Optional<String> guid =
        raw.isPresent()
            ? childText(raw, "guid").or(() -> childText(raw, "id"))
            : Draft.field(entry.getUri());
    Optional<String> id = guid.or(() -> url.map(DraftCheck::hash));
    return new Draft(id, published(entry, raw), outlet, title(entry), text(entry), url);
  }

  /**
   * The date as written in the item, so the outlet's offset is kept; Rome's parse (in UTC) only for
   * forms {@link PublicationDates} does not read. A raw date neither reads is passed on and
   * reported as unreadable.
   */
  private static Optional<String> published(SyndEntry entry, Optional<Element> raw) {
    Optional<String> written =
        DATE_ELEMENTS.stream()
            .map(tag -> childText(raw, tag))
            .flatMap(Optional::stream)
            .findFirst();
    Optional<String> rome =
        Optional.ofNullable(entry.getPublishedDate())
            .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
            .map(PublicationDates::isoUtc);
    if (written.isPresent() && PublicationDates.parse(written.get()).isEmpty()) {
      return rome.or(() -> written);
    }
    return written.or(() -> rome);
  }

  private static Optional<String> title(SyndEntry entry) {
    return Draft.field(entry.getTitle())
        .map(t -> t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? HtmlText.ofFragment(t) : t);
  }

  /** The longest of the item's contents and description, HTML stripped, paragraphs kept. */
  private static Optional<String> text(SyndEntry entry) {
    List<SyndContent> candidates = new ArrayList<>(entry.getContents());
    if (entry.getDescription() != null) {
      candidates.add(entry.getDescription());
    }
    return candidates.stream()
        .filter(c -> c.getValue() != null && !c.getValue().isBlank())
        .max(Comparator.comparingInt(c -> c.getValue().length()))
        .map(FeedArticles::plain);
  }

  private static String plain(SyndContent content) {
    String type = content.getType() == null ? "html" : content.getType();
    return type.equals("text") || type.equals("text/plain")
        ? HtmlText.ofPlain(content.getValue())
        : HtmlText.ofFragment(content.getValue());
  }
}
