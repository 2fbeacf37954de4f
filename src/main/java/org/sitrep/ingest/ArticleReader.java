package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Reads news articles from files, folders and stdin. Formats go by extension: {@code .json} (one
 * article), {@code .jsonl} (one per line), {@code .txt} (the whole file is the text), {@code
 * .html}/{@code .htm} (a saved page), {@code .xml}/{@code .rss}/{@code .atom} (an RSS or Atom
 * feed); stdin is recognised by its first bytes. Bad input never throws and never stops the batch:
 * each bad article or file becomes one {@link Problem} naming the file, the record ({@code line 7},
 * {@code item 3} or {@code file}) and what to do.
 *
 * <pre>{@code ArticleReader reader = new ArticleReader(IngestOptions.defaults());
 * for (Source source : reader.expand(List.of("news/", "extra.jsonl"))) {
 *   reader.read(source, articles::add, problem -> System.err.println(problem.describe()));
 * }}</pre>
 */
public final class ArticleReader {
  private static final int SNIFF_BYTES = 64 * 1024;

  private final IngestOptions options;
  private final DraftCheck check;
  private final InputStream stdin;
  private LongConsumer bytesRead = n -> {};

  public ArticleReader(IngestOptions options) {
    this(options, System.in);
  }

  /** Reads {@code stdin} for the source {@code -}; tests pass their own stream. */
  ArticleReader(IngestOptions options, InputStream stdin) {
    this.options = options;
    this.check = new DraftCheck(options);
    this.stdin = stdin;
  }

  /**
   * Reports, as a file is read, how many of its bytes were read so far: a JSON lines file of many
   * articles is read as they are coded, so this is how far the batch has come.
   */
  public ArticleReader reportingBytesRead(LongConsumer bytesRead) {
    this.bytesRead = bytesRead;
    return this;
  }

  /**
   * The sources named by command-line arguments, in order: {@code -} is stdin, a folder is every
   * file under it with a known extension (recursively, sorted, hidden files and folders skipped),
   * anything else is a file. A named file that is missing or of unknown type is still returned, so
   * that {@link #read} reports it as a problem with the rest.
   */
  public List<Source> expand(List<String> args) {
    List<Source> sources = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(Source.STDIN)) {
        sources.add(Source.stdin());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        sources.addAll(folder(path));
      } else {
        sources.add(Source.file(path));
      }
    }
    return List.copyOf(sources);
  }

  /**
   * Reads one source: every good article goes to {@code articles} in input order, every bad article
   * or unreadable file to {@code problems}. Never throws for bad input.
   */
  public void read(Source source, Consumer<Article> articles, Consumer<Problem> problems) {
    try {
      if (source.isStdin()) {
        readStdin(source.name(), articles, problems);
      } else {
        readFile(source.path().orElseThrow(), source.name(), articles, problems);
      }
    } catch (BadInput e) {
      problems.accept(new Problem(source.name(), e.record(), e.reason()));
    } catch (IOException e) {
      problems.accept(new Problem(source.name(), "file", "cannot read: " + describe(e)));
    }
  }

  /**
   * Reads one article in sitrep's JSON format from bytes that came without a file (an HTTP request
   * body, say); {@code name} names it in problems. Never throws for bad input.
   */
  public void readJson(
      byte[] bytes, String name, Consumer<Article> articles, Consumer<Problem> problems) {
    try {
      checkSize(Format.JSON, bytes.length);
      readWhole(Format.JSON, bytes, name, Optional.empty(), articles, problems);
    } catch (BadInput e) {
      problems.accept(new Problem(name, e.record(), e.reason()));
    }
  }

  /**
   * Reads one file's content from a stream, as {@link #read(Source, Consumer, Consumer)} reads a
   * file: {@code name} gives the format by its extension and names the articles' origin (a
   * distributed engine hands files over as streams, not paths). Never throws for bad input.
   */
  public void read(
      String name, InputStream content, Consumer<Article> articles, Consumer<Problem> problems) {
    try {
      readStream(name, content, articles, problems);
    } catch (BadInput e) {
      problems.accept(new Problem(name, e.record(), e.reason()));
    } catch (IOException e) {
      problems.accept(new Problem(name, "file", "cannot read: " + describe(e)));
    }
  }

  /**
   * Reads the articles of a JSON-lines file whose lines start in bytes {@code [start, end)}: so
   * ranges that tile a file read each line exactly once, and a 10 GB file is read by many workers.
   * A range after the first names records by byte ({@code line at byte B}). Never throws for bad
   * input.
   */
  public void readJsonLines(
      SeekableByteChannel channel,
      String name,
      long start,
      long end,
      Consumer<Article> articles,
      Consumer<Problem> problems) {
    try {
      long from = 0;
      InputStream in;
      if (start > 0) {
        // The line running across start belongs to the range before: skip to just after its end.
        channel.position(start - 1);
        in = new BufferedInputStream(Channels.newInputStream(channel));
        from = start - 1;
        int b;
        while ((b = in.read()) != -1) {
          from++;
          if (b == '\n') {
            break;
          }
        }
      } else {
        channel.position(0);
        in = Channels.newInputStream(channel);
      }
      new JsonLines(name, check, options.maxJsonBytes())
          .readRange(in, from, end, articles, problems);
    } catch (BadInput e) {
      problems.accept(new Problem(name, e.record(), e.reason()));
    } catch (IOException e) {
      problems.accept(
          new Problem(name, "bytes " + start + " to " + end, "cannot read: " + describe(e)));
    }
  }

  /** True for a JSON-lines file ({@code .jsonl}, {@code .ndjson}): its lines can be read apart. */
  public static boolean isJsonLines(String name) {
    return Format.ofFileName(name).orElse(null) == Format.JSON_LINES;
  }

  private List<Source> folder(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(file) && Format.ofFileName(file.toString()).isPresent()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Keep it: read() tries it again and reports why it cannot be read.
              files.add(file);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // walkFileTree reports per-file failures above; this is the root itself failing.
      files.add(root);
    }
    files.sort(null);
    return files.stream().map(Source::file).toList();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(
      Path path, String name, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException, BadInput {
    if (Files.isDirectory(path)) {
      throw new BadInput("file", "cannot read this folder");
    }
    Format format =
        Format.ofFileName(name)
            .orElseThrow(
                () -> new BadInput("file", "unknown file type; sitrep reads " + Format.EXTENSIONS));
    long size = Files.size(path);
    if (size == 0) {
      throw new BadInput("file", "empty file");
    }
    if (format != Format.JSON_LINES) {
      // Checked before reading, so a 50 MB file costs a stat, not 50 MB of memory.
      checkSize(format, size);
    }
    try (InputStream in = new CountingInputStream(Files.newInputStream(path), bytesRead)) {
      readStream(name, in, articles, problems);
    }
  }

  private void readStream(
      String name, InputStream in, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException, BadInput {
    Format format =
        Format.ofFileName(name)
            .orElseThrow(
                () -> new BadInput("file", "unknown file type; sitrep reads " + Format.EXTENSIONS));
    if (format == Format.JSON_LINES) {
      new JsonLines(name, check, options.maxJsonBytes()).read(in, articles, problems);
      return;
    }
    byte[] bytes = Utf8Text.readAtMost(in, limit(format));
    checkSize(format, bytes.length);
    readWhole(format, bytes, name, Optional.of(stem(name)), articles, problems);
  }

  private void readStdin(String name, Consumer<Article> articles, Consumer<Problem> problems)
      throws IOException, BadInput {
    BufferedInputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length == 0) {
      throw new BadInput("file", "empty file");
    }
    Format format = Format.sniff(head, head.length);
    if (format == Format.JSON_LINES) {
      new JsonLines(name, check, options.maxJsonBytes()).read(in, articles, problems);
      return;
    }
    byte[] bytes = Utf8Text.readAtMost(in, limit(format));
    checkSize(format, bytes.length);
    readWhole(format, bytes, name, Optional.empty(), articles, problems);
  }

  private void readWhole(
      Format format,
      byte[] bytes,
      String name,
      Optional<String> stem,
      Consumer<Article> articles,
      Consumer<Problem> problems)
      throws BadInput {
    if (Utf8Text.isBlank(bytes)) {
      throw new BadInput("file", bytes.length == 0 ? "empty file" : "empty file (only whitespace)");
    }
    switch (format) {
      case FEED -> new FeedArticles(name, check).read(bytes, articles, problems);
      case HTML -> {
        // a saved page is named by its file, as a .txt is: pages carry no id of their own
        Draft page = HtmlArticles.draft(HtmlArticles.decode(bytes));
        articles.accept(
            check.article(
                new Draft(
                    stem, page.published(), page.outlet(), page.title(), page.text(), page.url()),
                name,
                "file"));
      }
      case JSON -> {
        Draft json = JsonArticles.draft(Utf8Text.decode(bytes, "file"), "file", false);
        articles.accept(check.article(json, name, "file"));
      }
      case TEXT -> {
        String text = Utf8Text.decode(bytes, "file");
        Draft plain =
            new Draft(
                stem,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(text),
                Optional.empty());
        articles.accept(check.article(plain, name, "file"));
      }
      default ->
          throw new IllegalStateException("JSON lines are streamed, not read whole: " + format);
    }
  }

  private long limit(Format format) {
    return switch (format) {
      case TEXT -> options.maxTextFileBytes();
      case JSON -> options.maxJsonBytes();
      default -> options.maxMarkupBytes();
    };
  }

  private void checkSize(Format format, long bytes) throws BadInput {
    long limit = limit(format);
    if (bytes <= limit) {
      return;
    }
    if (format == Format.TEXT || format == Format.JSON) {
      throw new BadInput("file", DraftCheck.tooLarge(bytes, options.maxArticleChars()));
    }
    throw new BadInput(
        "file",
        "file too large: "
            + DraftCheck.megabytes(bytes, "bytes")
            + ", limit "
            + DraftCheck.megabytes(limit, "bytes")
            + "; is it one page or feed?");
  }

  private static String stem(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.toString();
  }
}
