/**
 * What a calculation is asked: a pseudonymous person, the assessment date and the inputs of each
 * area.
 */
package org.openras.engine.request;
