package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's named-entity annotator with SUTime run only where a time expression could be. SUTime's
 * rule matching costs time in proportion to the words it is given and was a third of sitrep's
 * coding time, yet a time expression is made of words of time ("Monday", "March", "week", "ago",
 * digits, number words) and the few words around them. So the entity model labels every sentence
 * without SUTime, and SUTime (with CoreNLP's number rules) labels only the stretches within {@link
 * #REACH} words of such a word; its numbers and times replace the entity model's where the full
 * annotator would have let them (a test compares the two on the bundled articles).
 */
final class TimeGatedNer extends NERCombinerAnnotator {
  // matched against the parts of each token (CoreNLP's NER tokens keep "three-month-old" whole)
  private static final Pattern TIME_CUE =
      Pattern.compile(
          "\\d|\\b("
              + "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?"
              + "|(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?s?"
              + "|today|tonight|yesterday|tomorrow|now|nowadays|currently|current|recently|recent"
              + "|lately|soon|once|twice|ago|earlier|later|past|present|future|former|previous"
              + "|next|last|coming|then|meanwhile|afterwards?|before|after|since|until|during"
              + "|ahead|time|times|period|anniversary|holidays?|new|a\\.m|p\\.m|am|pm|bc|ad"
              + "|(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade"
              + "|century|millenni(um|a)|season|era|morning|afternoon|evening|noon|midnight|dawn"
              + "|dusk|daybreak|sunrise|sunset|overnight|spring|summer|autumn|fall|winter)s?"
              + "|mid|late|early|daily|weekly|monthly|annual(ly)?|yearly|nightly|hourly|biannual"
              + "|quarterly|christmas|easter|thanksgiving|ramadan|eid|hanukkah|passover|halloween"
              + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
              + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
              + "|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?"
              + "|dozens?|half|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth"
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words on either side of a time word that SUTime sees: "on the night of 3 March". */
  static final int REACH = 4;

  private static final Set<String> NUMERIC =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private final NERCombinerAnnotator times;

  private TimeGatedNer(Properties entities, NERCombinerAnnotator times) throws IOException {
    super(entities);
    this.times = times;
  }

  /** The annotator for these {@code ner.*} properties, SUTime on where a sentence needs it. */
  static TimeGatedNer of(Properties props) {
    Properties entities = new Properties();
    entities.putAll(props);
    entities.setProperty("ner.useSUTime", "false");
    // no entity model: the stretches get only SUTime and the number rules
    Properties times = new Properties();
    times.putAll(props);
    times.setProperty("ner.model", "");
    try {
      return new TimeGatedNer(entities, new NERCombinerAnnotator(times));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
    }
  }

  private static boolean isTimeCue(CoreLabel token) {
    return TIME_CUE.matcher(token.word()).find();
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    super.doOneSentence(annotation, sentence);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    boolean[] near = nearTimeCues(tokens);
    int start = 0;
    while (start < tokens.size()) {
      if (!near[start]) {
        start++;
        continue;
      }
      int end = start;
      while (end < tokens.size() && near[end]) {
        end++;
      }
      labelTimes(annotation, sentence, start, end);
      start = end;
    }
  }

  /** For each token, whether it lies within {@link #REACH} tokens of a word of time. */
  static boolean[] nearTimeCues(List<CoreLabel> tokens) {
    boolean[] near = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (isTimeCue(tokens.get(i))) {
        int last = Math.min(tokens.size() - 1, i + REACH);
        for (int j = Math.max(0, i - REACH); j <= last; j++) {
          near[j] = true;
        }
      }
    }
    return near;
  }

  /** Runs SUTime on tokens [start, end) of the sentence and keeps what it finds. */
  private void labelTimes(Annotation annotation, CoreMap sentence, int start, int end) {
    List<CoreLabel> stretch =
        sentence.get(CoreAnnotations.TokensAnnotation.class).subList(start, end);
    String[] entity = new String[stretch.size()];
    String[] normalized = new String[stretch.size()];
    for (int i = 0; i < stretch.size(); i++) {
      entity[i] = stretch.get(i).ner();
      normalized[i] = stretch.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
    times.doOneSentence(annotation, asSentence(annotation, sentence, start, stretch));
    for (int i = 0; i < stretch.size(); i++) {
      CoreLabel token = stretch.get(i);
      if (!keepsTime(entity[i], token.ner())) {
        token.setNER(entity[i]);
        if (normalized[i] == null) {
          token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        } else {
          token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized[i]);
        }
        token.remove(TimeAnnotations.TimexAnnotation.class);
      }
    }
  }

  /**
   * Whether SUTime's label stands: as in CoreNLP's combiner, a number or time replaces no entity
   * but MISC, and the entity model's own number labels (made without SUTime) give way to it.
   */
  private static boolean keepsTime(String entity, String time) {
    if (NUMERIC.contains(entity)) {
      return true;
    }
    return ("O".equals(entity) || "MISC".equals(entity)) && NUMERIC.contains(time);
  }

  /** The stretch as a sentence of its own, with the offsets SUTime reads. */
  private static CoreMap asSentence(
      Annotation annotation, CoreMap sentence, int start, List<CoreLabel> stretch) {
    int begin = stretch.get(0).beginPosition();
    int end = stretch.get(stretch.size() - 1).endPosition();
    CoreMap part = new ArrayCoreMap();
    part.set(CoreAnnotations.TokensAnnotation.class, stretch);
    part.set(
        CoreAnnotations.TextAnnotation.class,
        annotation.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int offset = first == null ? 0 : first;
    part.set(CoreAnnotations.TokenBeginAnnotation.class, offset + start);
    part.set(CoreAnnotations.TokenEndAnnotation.class, offset + start + stretch.size());
    part.set(
        CoreAnnotations.SentenceIndexAnnotation.class,
        sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    return part;
  }
}
