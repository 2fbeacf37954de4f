/**
 * The CAMEO tables sitrep ships: the Goldstein scale of each event code (GDELT's table). Takes the
 * bundled resource files, gives look-ups by code; it must not know about sentences, actors or
 * stores, and uses only {@code model}.
 */
package org.sitrep.cameo;
