/**
 * The language annotators behind an interface: {@code Annotator} takes an {@code Article} and gives
 * an {@code AnnotatedArticle} (sentences, words with tags, lemmas, entities, time expressions,
 * numbers, quotes) and, for chosen sentences, a constituency tree. The records here are what the
 * later stages read; this package must not depend on any NLP library (that is {@code
 * annotate.corenlp}'s) nor on any later stage.
 */
package org.sitrep.annotate;
