/**
 * The CAMEO/Phoenix dictionaries (actors, agents, verb patterns, discards, issues) and sitrep's
 * overlays of current actors (dated) and agents, with the actor look-up over them ({@code
 * ActorCoder}, {@code EntityCoder}). Takes dictionary files (bundled or given), gives codes for
 * words on a date; a malformed file is a {@code DictionaryException} naming file and line. Uses
 * only {@code model} and {@code cameo}; it must not know about sentences, trees or events.
 */
package org.sitrep.dictionaries;
