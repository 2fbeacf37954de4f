/**
 * The records every stage shares: {@code Article} in, {@code Event}, {@code Quote} and {@code
 * CodedArticle} out, and the value types they are made of (actor codes, quad classes, places).
 * Takes nothing from other packages and gives the vocabulary of the data flow; it must import
 * nothing of ours, hold no logic beyond validating and naming its values, and stay immutable.
 */
package org.sitrep.model;
