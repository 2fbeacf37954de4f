/**
 * Scoring against gold codings: reads gold files, pairs predicted with gold events, and reports
 * precision, recall and F1 with dates, quantities, locations and quote speakers. Takes coded
 * articles and gold files; must not change what it judges.
 */
package org.sitrep.eval;
