package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.shiftreduce.ShiftReduceParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Dateline;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.annotate.Word;
import org.sitrep.model.Article;

/*
 * Design note. CoreNLP runs in two steps because the parser is most of its cost: annotate() runs
 * the cheap annotators (tokenize, ssplit, pos, lemma, ner with SUTime where a time may be, quote) on every sentence,
 * and parse() runs the shift-reduce parser on one sentence the caller chose. Both are safe to call
 * from many threads: the annotators keep no per-document state, and each parse gets its own
 * parser query. The models load once per JVM (shared()), which takes a few seconds and ~1 GB.
 */

/**
 * Stanford CoreNLP behind sitrep's own records: the only class that touches CoreNLP.
 *
 * <pre>{@code
 * Annotator nlp = CoreNlpAnnotator.shared();
 * AnnotatedArticle annotated = nlp.annotate(article);
 * String tree = nlp.parse(annotated.sentences().get(0));  // "(ROOT (S (NP ...)))"
 * }</pre>
 */
public final class CoreNlpAnnotator implements Annotator {
  /** Longer sentences are not parsed: the parse grows faster than linearly and they are lists. */
  public static final int MAX_PARSE_WORDS = 80;

  private static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final Map<String, String> BRACKETS =
      Map.of("(", "-LRB-", ")", "-RRB-", "[", "-LSB-", "]", "-RSB-", "{", "-LCB-", "}", "-RCB-");

  // quotes in single marks too ('appropriate military action') cost the quote finder 15% of the
  // pipeline's time, so that finder runs only on articles that seem to have such quotes
  private static final java.util.regex.Pattern SINGLE_QUOTE_OPENING =
      java.util.regex.Pattern.compile("(^|[\\s(])['‘]\\p{L}");
  private final StanfordCoreNLP pipeline;
  private final TimeGatedNer ner;
  private final QuoteAnnotator doubleQuotes;
  private final QuoteAnnotator singleQuotes;
  private final ShiftReduceParser parser;

  private CoreNlpAnnotator() {
    Properties props = properties();
    this.pipeline = new StanfordCoreNLP(props);
    this.ner = TimeGatedNer.of(props);
    this.doubleQuotes = quoteAnnotator(false);
    this.singleQuotes = quoteAnnotator(true);
    this.parser = ShiftReduceParser.loadModel(SR_MODEL);
  }

  /** The annotators before parsing, NER aside: it runs after them as {@link TimeGatedNer}. */
  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // headlines and paragraphs end sentences even without a full stop
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // one CRF model instead of three, and no fine-grained regex NER: most of ner's cost, little use
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // SUTime's default holidays, and its tense tags made stateless (see StatelessTense)
    props.setProperty("sutime.binders", "2");
    props.setProperty("sutime.binder.1", "edu.stanford.nlp.time.JollyDayHolidays");
    props.setProperty("sutime.binder.2", StatelessTense.class.getName());
    return props;
  }

  private static QuoteAnnotator quoteAnnotator(boolean single) {
    Properties props = new Properties();
    // CoreNLP's speaker attribution is trained on fiction; sitrep attributes quotes itself
    props.setProperty("quote.attributeQuotes", "false");
    props.setProperty("quote.singleQuotes", Boolean.toString(single));
    return new QuoteAnnotator("quote", props);
  }

  private static final class Holder {
    static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator();
  }

  /** The JVM's one annotator, loaded on first use. */
  public static CoreNlpAnnotator shared() {
    return Holder.INSTANCE;
  }

  /** Runs tokenize..quote; time expressions are normalised against the publication date. */
  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation document = new Annotation(withSentenceBreaks(article.text()));
    article
        .published()
        .ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
    pipeline.annotate(document);
    ner.annotate(document);
    (SINGLE_QUOTE_OPENING.matcher(article.text()).find() ? singleQuotes : doubleQuotes)
        .annotate(document);
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(sentence(sentences.size(), sentence));
    }
    return new AnnotatedArticle(article, sentences, quotes(document, article.text()));
  }

  /** Longest stretch of text without a sentence end that the annotators are given whole. */
  static final int MAX_SENTENCE_CHARS = 1500;

  /**
   * The text with a line break in place of a space wherever a stretch runs longer than {@link
   * #MAX_SENTENCE_CHARS} without ending a sentence (pasted lists, text without full stops): SUTime
   * and the tagger take time that grows fast with sentence length, and a 40 KB "sentence" never
   * finishes. A space becomes a newline, so every offset stays that of the article text.
   */
  static String withSentenceBreaks(String text) {
    char[] chars = null;
    int since = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        since = 0;
        continue;
      }
      since++;
      if (since > MAX_SENTENCE_CHARS && c == ' ') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '\n';
        since = 0;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * The sentence's constituency tree in Penn Treebank brackets, or empty when the sentence is too
   * long to parse ({@link #MAX_PARSE_WORDS}). Brackets in the text become -LRB- and friends.
   */
  @Override
  public Optional<String> parse(AnnotatedSentence sentence) {
    if (sentence.words().isEmpty() || sentence.words().size() > MAX_PARSE_WORDS) {
      return Optional.empty();
    }
    List<CoreLabel> labels = new ArrayList<>();
    for (Word word : sentence.words()) {
      CoreLabel label = new CoreLabel();
      String text = BRACKETS.getOrDefault(word.text(), word.text().replaceAll("\\s+", "_"));
      label.setWord(text);
      label.setValue(text);
      label.setTag(word.tag());
      labels.add(label);
    }
    int dateline = Dateline.length(sentence.words());
    if (dateline == 0) {
      Tree tree = parser.apply(labels);
      return tree == null ? Optional.empty() : Optional.of(tree.toString());
    }
    Tree tree = parser.apply(labels.subList(dateline, labels.size()));
    if (tree == null || tree.numChildren() == 0) {
      return Optional.empty();
    }
    // the dateline goes back in as a parenthetical of the sentence it opens
    TreeFactory trees = tree.treeFactory();
    List<Tree> datelineWords = new ArrayList<>();
    for (CoreLabel label : labels.subList(0, dateline)) {
      datelineWords.add(trees.newTreeNode(label.tag(), List.of(trees.newLeaf(label.word()))));
    }
    tree.firstChild().insertDtr(trees.newTreeNode("PRN", datelineWords), 0);
    return Optional.of(tree.toString());
  }

  @Override
  public List<Dependency> dependencies(String tree) {
    return dependenciesOf(tree);
  }

  /**
   * The enhanced++ Universal Dependencies of a Penn Treebank tree, by CoreNLP's rule-based
   * converter: needs no model, so hand-built trees convert too.
   */
  public static List<Dependency> dependenciesOf(String tree) {
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            Tree.valueOf(tree),
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    List<Dependency> out = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      out.add(
          new Dependency(
              edge.getGovernor().index() - 1,
              edge.getRelation().toString(),
              edge.getDependent().index() - 1));
    }
    graph.getRoots().forEach(root -> out.add(new Dependency(-1, "root", root.index() - 1)));
    return out;
  }

  private static AnnotatedSentence sentence(int index, CoreMap sentence) {
    List<Word> words = new ArrayList<>();
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    String[] tags =
        TagRepair.repaired(
            tokens.stream().map(CoreLabel::word).toList(),
            tokens.stream().map(CoreLabel::tag).toList());
    for (CoreLabel token : tokens) {
      Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
      String ner = token.ner() == null ? "O" : token.ner();
      Optional<String> number = Optional.empty();
      if (ner.equals("NUMBER")
          || ner.equals("MONEY")
          || ner.equals("PERCENT")
          || ner.equals("ORDINAL")) {
        number =
            Optional.ofNullable(
                token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
      }
      words.add(
          new Word(
              token.word(),
              token.beginPosition(),
              token.endPosition(),
              tags[words.size()],
              token.lemma() == null ? token.word() : token.lemma(),
              ner,
              timex == null ? Optional.empty() : Optional.ofNullable(timex.value()),
              number));
    }
    int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new AnnotatedSentence(
        index, sentence.get(CoreAnnotations.TextAnnotation.class), start, end, words);
  }

  private static List<QuoteSpan> quotes(Annotation document, String text) {
    List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
    List<QuoteSpan> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    for (CoreMap quote : found) {
      int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      // drop the marks themselves (one or two characters: “ " ' `` '')
      while (start < end && isQuoteMark(text.charAt(start))) {
        start++;
      }
      while (end > start && isQuoteMark(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new QuoteSpan(start, end, text.substring(start, end)));
      }
    }
    return out;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '`' || c == '\''
        || c == '«' || c == '»';
  }
}
