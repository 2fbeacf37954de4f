/**
 * Who the words of an article refer to and who says what: mentions of actors in each sentence,
 * names, descriptions and pronouns resolved to earlier mentions, quotes attributed to speakers,
 * claims ("according to"). Takes an {@code AnnotatedArticle} and the mentions found, gives one
 * immutable {@code Discourse} whose rules run in the order {@code Discourse.analyse} fixes. It must
 * not parse, code events, place them or store anything.
 */
package org.sitrep.discourse;
