package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.HandBuilt;
import org.sitrep.discourse.Mention;
import org.sitrep.discourse.MentionFinder;

/**
 * The clause coder on hand-built articles: real dictionaries, real mentions and real enhanced++
 * dependencies converted from hand-written trees, no CoreNLP models. It runs alone, as {@link
 * ArticleEvents} runs it before the PETRARCH patterns, so what these tests see is the clause
 * coder's reading only.
 */
class ClauseEventsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 11);
  private static final MentionFinder FINDER =
      new MentionFinder(new ActorCoder(Dictionaries.current()));
  private static final VerbDefaults DEFAULTS = new VerbDefaults(Dictionaries.current().verbs());

  /**
   * The clause events of each sentence, as "SOURCE>TARGET CODE" ("-" for no target), in the order
   * the coder found them. Sentences are given as pairs of a token line in {@link HandBuilt}'s form
   * and its Penn Treebank tree; the article text is the tokens joined by spaces.
   */
  static List<List<String>> code(String... tokensAndTrees) {
    List<String> tokenLines = new ArrayList<>();
    List<String> trees = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < tokensAndTrees.length; k += 2) {
      tokenLines.add(tokensAndTrees[k]);
      trees.add(tokensAndTrees[k + 1]);
      for (String token : tokensAndTrees[k].trim().split(" +")) {
        text.append(token.startsWith("/") ? token : token.split("/")[0]).append(' ');
      }
    }
    AnnotatedArticle article =
        HandBuilt.article(text.toString().strip(), tokenLines.toArray(String[]::new));
    List<List<Mention>> found = new ArrayList<>();
    for (AnnotatedSentence sentence : article.sentences()) {
      found.add(FINDER.find(sentence, PUBLISHED));
    }
    Discourse discourse = Discourse.analyse(article, found);
    PredicateLexicon lexicon = PredicateLexicon.bundled();
    // one memory of told events per article, fed sentence by sentence (ArticleEvents also feeds
    // it the patterns' events; here only the clause coder's)
    ImpliedAgents implied = new ImpliedAgents(lexicon);
    List<List<String>> out = new ArrayList<>();
    for (AnnotatedSentence sentence : article.sentences()) {
      DependencyGraph graph =
          new DependencyGraph(
              sentence.words(), CoreNlpAnnotator.dependenciesOf(trees.get(sentence.index())));
      ClauseActors actors =
          new ClauseActors(
              graph,
              discourse.mentions(sentence.index()),
              discourse,
              sentence.index(),
              implied.mainPair());
      List<Located> events = new ClauseEvents(lexicon, DEFAULTS, graph, actors, implied).code();
      implied.record(events);
      out.add(events.stream().map(ClauseEventsTest::dyad).toList());
    }
    return out;
  }

  /** The events of a one-sentence article. */
  static List<String> codeSentence(String tokens, String tree) {
    return code(tokens, tree).get(0);
  }

  private static String dyad(Located e) {
    return e.source() + ">" + (e.target().isNone() ? "-" : e.target().toString()) + " " + e.code();
  }

  @Test
  void aimsAReportedBarrageWithoutTargetAtTheClaimant() {
    List<String> events =
        codeSentence(
            "Kyiv/NNP/LOCATION said/VBD Russia/NNP/LOCATION fired/VBD/O/fire 90/CD/NUMBER"
                + " missiles/NNS/O/missile .",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD said) (SBAR (S (NP (NNP Russia)) (VP (VBD fired)"
                + " (NP (CD 90) (NNS missiles)))))) (. .)))");

    assertThat(events).containsExactly("RUS>UKR 195");
  }

  @Test
  void firingSomethingThatIsNoWeaponIsNoAttack() {
    List<String> events =
        codeSentence(
            "Kyiv/NNP/LOCATION said/VBD Russia/NNP/LOCATION fired/VBD/O/fire the/DT"
                + " governor/NN .",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD said) (SBAR (S (NP (NNP Russia)) (VP (VBD fired)"
                + " (NP (DT the) (NN governor)))))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void codesTalksHeldWithSomeoneAsConsultation() {
    List<String> events =
        codeSentence(
            "Zelenskyy/NNP/PERSON held/VBD/O/hold talks/NNS/O/talk with/IN Erdogan/NNP/PERSON .",
            "(ROOT (S (NP (NNP Zelenskyy)) (VP (VBD held) (NP (NP (NNS talks)) (PP (IN with)"
                + " (NP (NNP Erdogan))))) (. .)))");

    assertThat(events).containsExactly("UKRGOV>TURGOV 040");
  }

  @Test
  void codesTalksBetweenTwoCountriesInBothDirections() {
    List<String> events =
        codeSentence(
            "Talks/NNS/O/talk between/IN Russia/NNP/LOCATION and/CC Ukraine/NNP/LOCATION"
                + " resumed/VBD/O/resume .",
            "(ROOT (S (NP (NP (NNS Talks)) (PP (IN between) (NP (NNP Russia) (CC and)"
                + " (NNP Ukraine)))) (VP (VBD resumed)) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("RUS>UKR 040", "UKR>RUS 040");
  }

  @Test
  void neverPairsCoSubjectsOfACondemnation() {
    List<List<String>> events =
        code(
            "North/NNP/LOCATION Korea/NNP/LOCATION fired/VBD/O/fire a/DT missile/NN .",
            "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD fired) (NP (DT a) (NN missile)))"
                + " (. .)))",
            "Japan/NNP/LOCATION and/CC Australia/NNP/LOCATION condemned/VBD/O/condemn the/DT"
                + " test/NN .",
            "(ROOT (S (NP (NNP Japan) (CC and) (NNP Australia)) (VP (VBD condemned) (NP (DT the)"
                + " (NN test))) (. .)))");

    assertThat(events.get(1))
        .doesNotContain("JPN>AUS 111", "AUS>JPN 111")
        .containsExactlyInAnyOrder("JPN>PRK 111", "AUS>PRK 111");
  }

  @Test
  void anEvaluationTheParserLeftUnattachedStillCondemnsTheActsAgent() {
    List<List<String>> events =
        code(
            "Israel/NNP/LOCATION struck/VBD/O/strike Iran/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Israel)) (VP (VBD struck) (NP (NNP Iran))) (. .)))",
            "Iran/NNP/LOCATION called/VBD/O/call the/DT strikes/NNS/O/strike outrageous/JJ and/CC"
                + " a/DT grave/JJ violation/NN .",
            // the shift-reduce parser's tree: "outrageous" a clause of its own, a bare dep
            "(ROOT (S (NP (NNP Iran)) (VP (VBD called) (NP (DT the) (NNS strikes)) (UCP (S (ADJP"
                + " (JJ outrageous))) (CC and) (NP (DT a) (JJ grave) (NN violation)))) (. .)))");

    assertThat(events.get(1)).containsExactly("IRN>ISR 111");
  }

  @Test
  void aCondemnationWithNobodyElseNamedHasNoTarget() {
    List<String> events =
        codeSentence(
            "Japan/NNP/LOCATION and/CC Australia/NNP/LOCATION condemned/VBD/O/condemn the/DT"
                + " test/NN .",
            "(ROOT (S (NP (NNP Japan) (CC and) (NNP Australia)) (VP (VBD condemned) (NP (DT the)"
                + " (NN test))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void codesAnAttackStatedAsFact() {
    List<String> events =
        codeSentence(
            "Russia/NNP/LOCATION attacked/VBD/O/attack Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Kyiv))) (. .)))");

    assertThat(events).containsExactly("RUS>UKR 190");
  }

  @Test
  void codesAPassiveAttackFromItsByPhrase() {
    List<String> events =
        codeSentence(
            "Kyiv/NNP/LOCATION was/VBD/O/be attacked/VBN/O/attack by/IN Russia/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP"
                + " Russia))))) (. .)))");

    assertThat(events).containsExactly("RUS>UKR 190");
  }

  @Test
  void skipsAnAttackThatDidNotHappen() {
    List<String> events =
        codeSentence(
            "Russia/NNP/LOCATION did/VBD/O/do not/RB attack/VB Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Kyiv))))"
                + " (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void skipsAnAttackThatIsOnlyACondition() {
    List<String> events =
        codeSentence(
            "If/IN Russia/NNP/LOCATION attacks/VBZ/O/attack Kyiv/NNP/LOCATION ,/,"
                + " Ukraine/NNP/LOCATION will/MD respond/VB .",
            "(ROOT (S (SBAR (IN If) (S (NP (NNP Russia)) (VP (VBZ attacks) (NP (NNP Kyiv)))))"
                + " (, ,) (NP (NNP Ukraine)) (VP (MD will) (VP (VB respond))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void skipsAStrikeThatIsOnlyPossible() {
    List<String> events =
        codeSentence(
            "Russia/NNP/LOCATION could/MD strike/VB Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (MD could) (VP (VB strike) (NP (NNP Kyiv)))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void codesAVisitNamedByANounWithItsPossessorAsAgent() {
    List<String> events =
        codeSentence(
            "Erdogan/NNP/PERSON 's/POS visit/NN to/IN Baghdad/NNP/LOCATION ended/VBD/O/end .",
            "(ROOT (S (NP (NP (NNP Erdogan) (POS 's)) (NN visit) (PP (IN to) (NP (NNP Baghdad))))"
                + " (VP (VBD ended)) (. .)))");

    assertThat(events).containsExactly("TURGOV>IRQ 042");
  }

  @Test
  void skipsAnAttackNamedAsTheSubjectOfAHypothesis() {
    List<String> events =
        codeSentence(
            "A/DT Russian/JJ/NATIONALITY attack/NN on/IN Poland/NNP/LOCATION would/MD"
                + " trigger/VB a/DT war/NN .",
            "(ROOT (S (NP (NP (DT A) (JJ Russian) (NN attack)) (PP (IN on) (NP (NNP Poland))))"
                + " (VP (MD would) (VP (VB trigger) (NP (DT a) (NN war)))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void codesShootingDownADroneAgainstTheDronesOwner() {
    List<String> events =
        codeSentence(
            "Ukraine/NNP/LOCATION shot/VBD/O/shoot down/RP a/DT Russian/JJ/NATIONALITY"
                + " drone/NN .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD shot) (PRT (RP down)) (NP (DT a) (JJ Russian)"
                + " (NN drone))) (. .)))");

    // the drone is the Russian military's (devset: shooting down targets the attacker's MIL)
    assertThat(events).containsExactly("UKR>RUSMIL 190");
  }

  @Test
  void codesALightVerbThroughItsCompoundEventNoun() {
    List<String> events =
        codeSentence(
            "Russia/NNP/LOCATION launched/VBD/O/launch a/DT drone/NN attack/NN on/IN"
                + " Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD launched) (NP (NP (DT a) (NN drone) (NN attack))"
                + " (PP (IN on) (NP (NNP Kyiv))))) (. .)))");

    assertThat(events).containsExactly("RUS>UKR 195");
  }

  @Test
  void pairsCoSubjectsOfAMutualActEachWay() {
    List<String> events =
        codeSentence(
            "Pakistan/NNP/LOCATION and/CC Afghanistan/NNP/LOCATION signed/VBD/O/sign a/DT"
                + " ceasefire/NN .",
            "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP Afghanistan)) (VP (VBD signed) (NP (DT a)"
                + " (NN ceasefire))) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("PAK>AFG 0871", "AFG>PAK 0871");
  }

  @Test
  void pairsCoSubjectsOfAClashEachWay() {
    List<String> events =
        codeSentence(
            "Thailand/NNP/LOCATION and/CC Cambodia/NNP/LOCATION clashed/VBD/O/clash .",
            "(ROOT (S (NP (NNP Thailand) (CC and) (NNP Cambodia)) (VP (VBD clashed)) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("THA>KHM 190", "KHM>THA 190");
  }

  @Test
  void pairsOfficialsOfTwoConjoinedNationalitiesEachWay() {
    List<String> events =
        codeSentence(
            "Thai/JJ/NATIONALITY and/CC Cambodian/JJ/NATIONALITY officials/NNS/O/official"
                + " met/VBD/O/meet .",
            "(ROOT (S (NP (ADJP (JJ Thai) (CC and) (JJ Cambodian)) (NNS officials)) (VP (VBD"
                + " met)) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("THAGOV>KHMGOV 040", "KHMGOV>THAGOV 040");
  }

  @Test
  void pairsTroopsOfTwoConjoinedNationalitiesEachWay() {
    List<String> events =
        codeSentence(
            "Thai/JJ/NATIONALITY and/CC Cambodian/JJ/NATIONALITY troops/NNS/O/troop"
                + " clashed/VBD/O/clash .",
            "(ROOT (S (NP (ADJP (JJ Thai) (CC and) (JJ Cambodian)) (NNS troops)) (VP (VBD"
                + " clashed)) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("THAMIL>KHMMIL 190", "KHMMIL>THAMIL 190");
  }

  @Test
  void skipsTalksThatDidNotTakePlace() {
    List<String> events =
        codeSentence(
            "There/EX were/VBD/O/be no/DT talks/NNS/O/talk between/IN Russia/NNP/LOCATION"
                + " and/CC Ukraine/NNP/LOCATION .",
            "(ROOT (S (NP (EX There)) (VP (VBD were) (NP (NP (DT no) (NNS talks)) (PP (IN"
                + " between) (NP (NNP Russia) (CC and) (NNP Ukraine))))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void anEventNounKeepsItsOwnAgentUnderAVerbOfReport() {
    List<String> events =
        codeSentence(
            "Poland/NNP/LOCATION reported/VBD/O/report a/DT Russian/JJ/NATIONALITY attack/NN"
                + " on/IN Ukraine/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Poland)) (VP (VBD reported) (NP (NP (DT a) (JJ Russian) (NN"
                + " attack)) (PP (IN on) (NP (NNP Ukraine))))) (. .)))");

    assertThat(events).containsExactly("RUS>UKR 190");
  }

  @Test
  void aFiniteVerbMisreadAsAReducedRelativeTakesTheSentencesNounPhraseAsDoer() {
    // the parser's reading: "the United Nations called ..." as a noun with a relative clause
    List<String> events =
        codeSentence(
            "Russia/NNP/LOCATION 's/POS mission/NN to/TO the/DT United/NNP/ORGANIZATION"
                + " Nations/NNPS/ORGANIZATION condemned/VBD/O/condemn Israel/NNP/LOCATION .",
            "(ROOT (NP (NP (NP (NNP Russia) (POS 's)) (NN mission)) (PP (TO to) (NP (NP (DT the)"
                + " (NNP United) (NNPS Nations)) (VP (VBD condemned) (NP (NNP Israel))))) (. .)))");

    // and a participle with an object: "Funakoshi, called in Ambassador Wu ..."
    List<String> summoned =
        codeSentence(
            "Japanese/JJ/NATIONALITY Minister/NNP Takehiro/NNP/PERSON Funakoshi/NNP/PERSON"
                + " summoned/VBN/O/summon"
                + " Ambassador/NNP Wu/NNP/PERSON Jianghao/NNP/PERSON and/CC urged/VBD/O/urge"
                + " Beijing/NNP/LOCATION to/TO act/VB .",
            "(ROOT (S (NP (NP (JJ Japanese) (NNP Minister) (NNP Takehiro) (NNP Funakoshi)) (VP (VBN summoned)"
                + " (NP (NNP Ambassador) (NNP Wu) (NNP Jianghao)))) (VP (CC and) (VBD urged) (NP"
                + " (NNP Beijing)) (S (VP (TO to) (VP (VB act))))) (. .)))");

    assertThat(events).containsExactly("RUSGOV>ISR 111");
    assertThat(summoned).contains("JPNGOV>CHN 114");
  }

  @Test
  void codesAnArrestWarrantForSomeoneAsAnArrest() {
    List<String> events =
        codeSentence(
            "The/DT International/NNP/ORGANIZATION Criminal/NNP/ORGANIZATION"
                + " Court/NNP/ORGANIZATION issued/VBD/O/issue an/DT arrest/NN warrant/NN for/IN"
                + " Netanyahu/NNP/PERSON .",
            "(ROOT (S (NP (DT The) (NNP International) (NNP Criminal) (NNP Court)) (VP (VBD"
                + " issued) (NP (NP (DT an) (NN arrest) (NN warrant)) (PP (IN for) (NP (NNP"
                + " Netanyahu))))) (. .)))");

    assertThat(events).containsExactly("IGOJUDICC>ISRGOV 173");
  }
}
