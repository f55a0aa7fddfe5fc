/**
 * Calculations: one assessment in (person, needs, informal support, assessment date), the
 * indicative personal budget and its explanation out, exactly as the engine gives them.
 *
 * <p>The assessor's pages live here too (issue 11, docs/adr/0015): {@code AssessmentPages} records
 * an assessment through a form ({@code AssessmentForm}, its words in {@code FormVocabulary}) and
 * shows the result, its explanation, a refusal in plain words ({@code Refusal}) and the printable
 * statement ({@code StatementPdf}), over the same service and audit trail as the API.
 */
package org.openras.service.calculation;
