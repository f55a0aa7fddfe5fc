/**
 * Explanations: rules insert reason facts naming their id, sentence, source and the amounts they
 * read and produced, so every figure can be traced (R (KM) v Cambridgeshire: reasons matter).
 */
package org.openras.engine.explain;
