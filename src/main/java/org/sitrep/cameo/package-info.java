/**
 * The CAMEO tables sitrep ships: the Goldstein scale and name of each event code (GDELT's tables),
 * PLOVER's reading of it, and the names of the parts of actor codes (countries, roles, known
 * groups). Takes the bundled resource files, gives look-ups by code; it must not know about
 * sentences, dictionaries or stores, and uses only {@code model}.
 */
package org.sitrep.cameo;
