package org.sitrep.ingest;

import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with one line per paragraph. The pipeline treats a newline as a
 * sentence break, so a headline, a dateline and the first paragraph must not run together; the line
 * breaks inside a paragraph's source are only layout and become spaces.
 */
final class HtmlText {
  // Elements that start a new line; everything else flows inline. <br> is a break too.
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "figcaption",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "tr",
          "ul",
          "br",
          "caption",
          "summary",
          "details");

  private HtmlText() {}

  /** The text of {@code root}, paragraphs on their own lines, blank lines dropped. */
  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.text());
            } else if (isBlock(node)) {
              out.append('\n');
            } else if (node instanceof Element element && element.normalName().matches("t[dh]")) {
              out.append(' ');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBlock(node)) {
              out.append('\n');
            }
          }
        },
        root);
    return ofPlain(out.toString());
  }

  /** The text of an HTML fragment such as an RSS description. */
  static String ofFragment(String html) {
    return of(Jsoup.parseBodyFragment(html).body());
  }

  /** Plain text with its lines stripped and blank lines dropped, as {@link #of} leaves HTML. */
  static String ofPlain(String text) {
    return text.lines()
        .map(line -> line.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }
}
