/**
 * Stanford CoreNLP as sitrep's {@code Annotator}: the only package that touches CoreNLP. Takes an
 * article, gives {@code annotate} records; the models load once per JVM. It must not leak a CoreNLP
 * type through its public methods.
 */
package org.sitrep.annotate.corenlp;
