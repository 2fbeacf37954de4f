package org.sitrep.dictionaries;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dictionaries one coder runs on: verbs, actors, agents and discards. The issue dictionary is
 * read by no rule yet, so it is loaded only when asked for ({@link #issues()}).
 *
 * <pre>
 * {@code Dictionaries news = Dictionaries.current();  // Phoenix plus the project's current actors}
 * </pre>
 */
public record Dictionaries(
    VerbDictionary verbs,
    ActorDictionary actors,
    AgentDictionary agents,
    DiscardDictionary discards) {

  private static final String BUNDLE = "/org/sitrep/dictionaries/";
  private static final List<String> PHOENIX_ACTORS =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");

  /**
   * The project's overlay of 2015-2026 actors (Trump's second term, Zelensky, Starmer, Rutte...),
   * in the Phoenix actor format; see its header and SOURCE.md.
   */
  static final String CURRENT_ACTORS = "sitrep.current.actors.txt";

  /**
   * The project's overlay of agents (security services, prosecutors, protesters, defence
   * ministries...) in the Phoenix agent format, merged ahead of {@code Phoenix.agents.txt}; see its
   * header and SOURCE.md.
   */
  static final String CURRENT_AGENTS = "sitrep.current.agents.txt";

  private static final String PHOENIX_AGENTS = "Phoenix.agents.txt";

  /**
   * The dictionaries for today's news: Phoenix with the project's overlays of current actors and
   * agents. Each overlay is merged ahead of its Phoenix files because a merge keeps the first
   * definition of a phrase: where both define one, the overlay's wins.
   *
   * <pre>
   * {@code Dictionaries.current().actors().longestMatch(List.of("ZELENSKYY"), 0)  // UKRGOV from 2019}
   * </pre>
   */
  public static Dictionaries current() {
    List<String> actorFiles = new ArrayList<>();
    actorFiles.add(CURRENT_ACTORS);
    actorFiles.addAll(PHOENIX_ACTORS);
    return bundled(actorFiles, List.of(CURRENT_AGENTS, PHOENIX_AGENTS));
  }

  /**
   * The bundled Phoenix dictionaries as published (CAMEO verb patterns and the Phoenix files),
   * without the overlays: actors and agents as of 2014.
   */
  public static Dictionaries phoenix() {
    return bundled(PHOENIX_ACTORS, List.of(PHOENIX_AGENTS));
  }

  private static Dictionaries bundled(List<String> actorFiles, List<String> agentFiles) {
    VerbDictionary verbs = resource("CAMEO.verbpatterns.150430.txt", VerbDictionaryReader::read);
    List<ActorDictionary> actorParts = new ArrayList<>();
    for (String name : actorFiles) {
      actorParts.add(resource(name, ActorDictionary::read));
    }
    List<AgentDictionary> agentParts = new ArrayList<>();
    for (String name : agentFiles) {
      agentParts.add(resource(name, AgentDictionary::read));
    }
    return new Dictionaries(
        verbs,
        ActorDictionary.of(actorParts),
        AgentDictionary.of(agentParts),
        resource("Phoenix.discards.txt", DiscardDictionary::read));
  }

  /**
   * The bundled Phoenix issue dictionary (topics such as "refugees" or "drugs"), read on each call.
   */
  public static IssueDictionary issues() {
    return resource("Phoenix.IssueCoding.txt", IssueDictionary::read);
  }

  /** Dictionaries from files; a missing file is a DictionaryException naming it. */
  public static Dictionaries fromFiles(
      Path verbFile, List<Path> actorFiles, Path agentFile, Optional<Path> discardFile) {
    List<ActorDictionary> actorParts = new ArrayList<>();
    for (Path file : actorFiles) {
      actorParts.add(file(file, ActorDictionary::read));
    }
    return new Dictionaries(
        file(verbFile, VerbDictionaryReader::read),
        ActorDictionary.of(actorParts),
        file(agentFile, AgentDictionary::read),
        discardFile.map(f -> file(f, DiscardDictionary::read)).orElseGet(Dictionaries::noDiscards));
  }

  private static DiscardDictionary noDiscards() {
    return DiscardDictionary.read("(none)", Reader.nullReader());
  }

  /** Reads one dictionary from a reader. */
  @FunctionalInterface
  interface Parser<T> {
    T read(String source, Reader in);
  }

  private static <T> T resource(String name, Parser<T> parser) {
    InputStream in = Dictionaries.class.getResourceAsStream(BUNDLE + name);
    if (in == null) {
      throw new DictionaryException(
          name, 0, "bundled dictionary missing from the jar; rebuild sitrep");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser.read(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T file(Path path, Parser<T> parser) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
      return parser.read(path.toString(), reader);
    } catch (NoSuchFileException e) {
      throw new DictionaryException(path.toString(), 0, "dictionary file not found");
    } catch (IOException e) {
      throw new DictionaryException(
          path.toString(), 0, "cannot read dictionary: " + e.getMessage());
    }
  }
}
