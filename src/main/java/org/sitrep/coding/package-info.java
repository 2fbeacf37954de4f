/**
 * PETRARCH-style event coding over Penn Treebank trees: reading trees, linearizing them, matching
 * the verb patterns and coding the sentence's dyads ({@code SentenceCoder}), plus the tree helpers
 * later stages use (which clause a word is in, resolved words written into a tree). Takes a tree,
 * its text and date, gives coded dyads with word positions; it must not read articles, discourse,
 * places or stores.
 */
package org.sitrep.coding;
