/**
 * Composition only: {@code ArticleCoder} runs annotate, discourse, geo and events over one article
 * (a pure function of the article and the loaded models), {@code ParallelCoder} runs it over a
 * batch on all cores. Gives {@code CodedArticle}s; it must hold no coding rule of its own.
 */
package org.sitrep.pipeline;
