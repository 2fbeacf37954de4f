/**
 * Reading news articles from files and stdin: JSON, JSON lines, plain text, HTML pages and RSS/Atom
 * feeds become {@link org.sitrep.model.Article}s; bad input becomes {@link
 * org.sitrep.model.Problem}s, never an exception. {@link org.sitrep.ingest.ArticleReader} is the
 * entry point; jsoup and Rome are used only here.
 */
package org.sitrep.ingest;
