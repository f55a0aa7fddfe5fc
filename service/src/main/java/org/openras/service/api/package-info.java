/**
 * The OpenAPI description served at {@code /v3/api-docs}: the HTTP contract, with the engine's
 * request and result described in social-care terms (the engine itself carries no annotations). The
 * words live in one class per part of the contract (request, finances, eligibility, result, RAS and
 * adjustments, contributions, the service's own records); tests check that every field has words
 * and that every word still names a field.
 */
package org.openras.service.api;
