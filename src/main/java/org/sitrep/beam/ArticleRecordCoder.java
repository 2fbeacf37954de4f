package org.sitrep.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.sitrep.model.Article;

/**
 * How an {@link Article} crosses between workers: its fields in order, absent ones as null. The
 * model's records stay free of serialisation concerns; this is the only place that knows Beam needs
 * bytes.
 *
 * <pre>{@code articles.setCoder(ArticleRecordCoder.of())}</pre>
 */
final class ArticleRecordCoder extends AtomicCoder<Article> {
  private static final long serialVersionUID = 1L;
  private static final ArticleRecordCoder INSTANCE = new ArticleRecordCoder();
  private static final Coder<String> TEXT = StringUtf8Coder.of();
  private static final Coder<String> OPTIONAL = NullableCoder.of(StringUtf8Coder.of());

  static ArticleRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article article, OutputStream out) throws IOException {
    TEXT.encode(article.id(), out);
    OPTIONAL.encode(article.published().map(LocalDate::toString).orElse(null), out);
    OPTIONAL.encode(article.outlet().orElse(null), out);
    OPTIONAL.encode(article.title().orElse(null), out);
    TEXT.encode(article.text(), out);
    OPTIONAL.encode(article.url().orElse(null), out);
    TEXT.encode(article.origin(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    String id = TEXT.decode(in);
    Optional<LocalDate> published = Optional.ofNullable(OPTIONAL.decode(in)).map(LocalDate::parse);
    Optional<String> outlet = Optional.ofNullable(OPTIONAL.decode(in));
    Optional<String> title = Optional.ofNullable(OPTIONAL.decode(in));
    String text = TEXT.decode(in);
    Optional<String> url = Optional.ofNullable(OPTIONAL.decode(in));
    return new Article(id, published, outlet, title, text, url, TEXT.decode(in));
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
