package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Streams a JSON-lines file, one article per line, so a file of a million articles never sits in
 * memory. A bad line is a problem naming it and the next line is read; blank lines are skipped. A
 * binary file (NUL bytes in its first 64 KB) is and reported once, not once per line.
 */
final class JsonLines {
  private static final int HEAD_BYTES = 64 * 1024;

  private final String name;
  private final DraftCheck check;
  private final long maxLineBytes;

  JsonLines(String name, DraftCheck check, long maxLineBytes) {
    this.name = name;
    this.check = check;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads all lines; a {@link BadInput} means the whole file is unusable (empty, binary). */
  void read(InputStream raw, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException, BadInput {
    readRange(raw, 0, Long.MAX_VALUE, articles, problems);
  }

  /**
   * Reads the lines that start at byte {@code start} or later and before {@code end}; {@code raw}
   * is positioned at {@code start}, which begins a line. A range that starts the file names records
   * {@code line N}; a later one cannot know line numbers without reading all before it, so it names
   * them {@code line at byte B}. Only the first range can find the file empty.
   */
  void readRange(
      InputStream raw, long start, long end, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException, BadInput {
    BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES);
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    if (head.length == 0) {
      if (start == 0) {
        throw new BadInput("file", "empty file");
      }
      return;
    }
    // Only NUL bytes condemn the whole file: a stray Latin-1 line is one bad line among good ones.
    if (Utf8Text.hasNul(head, head.length)) {
      throw Utf8Text.binary(head, head.length);
    }
    LineBuffer line = new LineBuffer();
    int number = 0;
    int nonBlank = 0;
    long offset = start;
    boolean more = true;
    while (more && offset < end) {
      more = line.fill(in);
      number++;
      if (line.length > 0 || line.overflow > 0) {
        String record = start == 0 ? "line " + number : "line at byte " + offset;
        nonBlank += readLine(line, record, offset, articles, problems) ? 1 : 0;
      }
      offset += line.consumed;
    }
    if (nonBlank == 0 && start == 0 && !more) {
      throw new BadInput("file", "empty file (only blank lines)");
    }
  }

  /** False for a blank line. */
  private boolean readLine(
      LineBuffer line,
      String record,
      long offset,
      Consumer<Article> articles,
      Consumer<Problem> problems) {
    try {
      if (line.overflow > 0) {
        throw new BadInput(
            record, DraftCheck.tooLarge(line.length + line.overflow, check.maxArticleChars()));
      }
      String json = Utf8Text.decode(line.bytes, line.length, offset, record);
      if (json.isBlank()) {
        return false;
      }
      Draft draft = JsonArticles.draft(json, record, true);
      articles.accept(check.article(draft, name + ": " + record, record));
    } catch (BadInput e) {
      problems.accept(new Problem(name, e.record(), e.reason()));
    }
    return true;
  }

  /** One line's bytes without its terminator; bytes past the limit are counted, not kept. */
  private final class LineBuffer {
    byte[] bytes = new byte[8192];
    int length;
    long overflow;
    long consumed;

    /** Reads the next line; false at the end of the input. */
    boolean fill(InputStream in) throws IOException {
      length = 0;
      overflow = 0;
      consumed = 0;
      int b;
      while ((b = in.read()) != -1) {
        consumed++;
        if (b == '\n') {
          trimCarriageReturn();
          return true;
        }
        append((byte) b);
      }
      trimCarriageReturn();
      return false;
    }

    private void append(byte b) {
      if (length >= maxLineBytes) {
        overflow++;
        return;
      }
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(maxLineBytes, 2L * bytes.length));
      }
      bytes[length++] = b;
    }

    private void trimCarriageReturn() {
      if (overflow == 0 && length > 0 && bytes[length - 1] == '\r') {
        length--;
      }
    }
  }
}
