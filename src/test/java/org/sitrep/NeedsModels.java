package org.sitrep;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that loads the CoreNLP models (about 1.5 GB, tens of seconds on first use).
 * {@code mvn -B verify} runs them all; {@code mvn -B test -DexcludedGroups=models} runs the rest,
 * the rule tests on hand-built annotations, in seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("models")
public @interface NeedsModels {}
