package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * CoreNLP's named-entity annotator that runs SUTime only on sentences that could hold a time
 * expression. SUTime's rule matching is a third of sitrep's coding time, and a sentence with no
 * digit, no number word and no word of time ("Monday", "March", "week", "ago", "now") gives it
 * nothing to find: such a sentence gets the same annotator without SUTime, which labels it exactly
 * as the full one would (a test compares them on the bundled articles).
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

  private final NERCombinerAnnotator withoutTime;

  private TimeGatedNer(Properties props, NERCombinerAnnotator withoutTime) throws IOException {
    super(props);
    this.withoutTime = withoutTime;
  }

  /** The annotator for these {@code ner.*} properties, SUTime on where a sentence needs it. */
  static TimeGatedNer of(Properties props) {
    Properties plain = new Properties();
    plain.putAll(props);
    plain.setProperty("ner.useSUTime", "false");
    try {
      return new TimeGatedNer(props, new NERCombinerAnnotator(plain));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
    }
  }

  /** Whether any token of the sentence could begin or belong to a time expression. */
  static boolean mayHoldTime(CoreMap sentence) {
    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (TIME_CUE.matcher(token.word()).find()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    if (mayHoldTime(sentence)) {
      super.doOneSentence(annotation, sentence);
    } else {
      withoutTime.doOneSentence(annotation, sentence);
    }
  }
}
