/**
 * The OpenAPI description served at {@code /v3/api-docs}: the HTTP contract, with the engine's
 * request and result described in social-care terms (the engine itself carries no annotations).
 */
package org.openras.service.api;
