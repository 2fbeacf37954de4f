package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;

@NeedsModels
class TimeGatedNerTest {
  private static final Path SAMPLES = Path.of("samples/articles");
  private static final Path CONSTRUCTIONS =
      Path.of("src/test/resources/org/sitrep/constructions/constructions.txt");

  @Test
  void labelsEveryBundledTextAsSuTimeOnEverySentenceWould() throws IOException {
    StanfordCoreNLP before = new StanfordCoreNLP(CoreNlpAnnotator.properties());
    NERCombinerAnnotator everywhere = new NERCombinerAnnotator(CoreNlpAnnotator.properties());
    TimeGatedNer gated = TimeGatedNer.of(CoreNlpAnnotator.properties());
    List<String> texts = texts();
    int skipped = 0;
    int sentences = 0;
    int tokens = 0;
    List<String> differences = new ArrayList<>();
    for (String text : texts) {
      Annotation reference = annotated(before, text);
      everywhere.annotate(reference);
      Annotation ours = annotated(before, text);
      gated.annotate(ours);
      assertThat(times(ours)).as(text).isEqualTo(times(reference));
      List<String> expected = labels(reference);
      List<String> actual = labels(ours);
      for (int i = 0; i < expected.size(); i++) {
        if (!actual.get(i).equals(expected.get(i))) {
          differences.add(actual.get(i) + " instead of " + expected.get(i));
        }
      }
      tokens += expected.size();
      for (CoreMap sentence : ours.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences++;
        skipped += mayHoldTime(sentence) ? 0 : 1;
      }
    }
    // every time value the same, and other labels (a normalised SET, say) all but a few
    assertThat(differences).hasSizeLessThan(tokens / 2000 + 1);
    // the comparison means something only if the gate skipped SUTime on many sentences
    assertThat(texts.size()).isGreaterThan(20);
    assertThat(skipped).isGreaterThan(sentences / 5);
  }

  @Test
  void timeWordsInsideHyphenatedTokensAndNumberWordsOpenTheGate() {
    StanfordCoreNLP before = new StanfordCoreNLP(CoreNlpAnnotator.properties());
    assertThat(gates(before, "The three-month-old talks stalled.")).isTrue();
    assertThat(gates(before, "Kyiv said Moscow fired on Tuesday.")).isTrue();
    assertThat(gates(before, "Israel struck Hezbollah in a third one.")).isTrue();
    assertThat(gates(before, "Israel struck Hezbollah positions in southern Lebanon.")).isFalse();
  }

  private static boolean gates(StanfordCoreNLP before, String sentence) {
    CoreMap first =
        annotated(before, sentence).get(CoreAnnotations.SentencesAnnotation.class).get(0);
    return mayHoldTime(first);
  }

  /** Whether SUTime reads any word of the sentence: some word is near a word of time. */
  private static boolean mayHoldTime(CoreMap sentence) {
    for (boolean near :
        TimeGatedNer.nearTimeCues(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
      if (near) {
        return true;
      }
    }
    return false;
  }

  private static Annotation annotated(StanfordCoreNLP pipeline, String text) {
    Annotation document = new Annotation(text);
    document.set(CoreAnnotations.DocDateAnnotation.class, "2025-03-10");
    pipeline.annotate(document);
    return document;
  }

  private static List<String> labels(Annotation document) {
    List<String> out = new ArrayList<>();
    for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
      Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
      out.add(
          token.word()
              + "/"
              + token.ner()
              + "/"
              + token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
              + "/"
              + (timex == null ? "-" : timex.value()));
    }
    return out;
  }

  private static List<String> times(Annotation document) {
    List<String> out = new ArrayList<>();
    for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
      Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
      out.add(token.word() + "/" + (timex == null ? "-" : timex.value()));
    }
    return out;
  }

  /** The bundled sample articles and the construction suite's items, a few items a text. */
  private static List<String> texts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
          texts.add(json.readTree(file.toFile()).get("text").asText());
        } else if (name.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
              JsonNode article = json.readTree(line);
              texts.add(article.get("text").asText());
            }
          }
        }
      }
    }
    StringBuilder items = new StringBuilder();
    int lines = 0;
    for (String line : Files.readAllLines(CONSTRUCTIONS)) {
      if (line.isBlank()
          || line.startsWith("#")
          || line.startsWith("=>")
          || line.startsWith("date:")) {
        continue;
      }
      items.append(line).append('\n');
      if (++lines % 30 == 0) {
        texts.add(items.toString());
        items.setLength(0);
      }
    }
    texts.add(items.toString());
    return texts;
  }
}
