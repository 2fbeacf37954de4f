package org.sitrep.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feeds to watch: URLs from the command line and from a file of one URL per line ({@code #}
 * starts a comment), each an absolute http(s) URL, in order, without repeats.
 */
final class FeedList {
  private FeedList() {}

  static List<String> of(List<String> urls, Optional<Path> file) {
    LinkedHashSet<String> feeds = new LinkedHashSet<>();
    for (String url : urls) {
      feeds.add(checked(url, "argument"));
    }
    if (file.isPresent()) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError(file.get() + ": cannot read the feed list: " + e.getMessage());
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replaceAll("#.*", "").strip();
        if (!line.isEmpty()) {
          feeds.add(checked(line, file.get() + ": line " + (i + 1)));
        }
      }
    }
    if (feeds.isEmpty()) {
      throw new UserError("no feeds to watch: give FEED_URL... or --feeds FILE");
    }
    return new ArrayList<>(feeds);
  }

  private static String checked(String url, String where) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new UserError(
            where + ": '" + url + "' is not an http(s) URL; feeds are watched over HTTP");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw new UserError(where + ": '" + url + "' is not a URL: " + e.getReason());
    }
  }
}
