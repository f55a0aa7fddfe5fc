/**
 * The OpenAPI description served at {@code /v3/api-docs}: the HTTP contract, with the engine's
 * request and result described in social-care terms (the engine itself carries no annotations). The
 * words are one resource file, {@code openapi/descriptions.yaml} (docs/adr/0015), read once at
 * start by {@link org.openras.service.api.ApiDescriptions}, which refuses a malformed entry; {@code
 * SchemaShapes} sets the shapes springdoc cannot infer and {@code ApiContract} the operation ids
 * and, from its one table, the refusals each operation can meet (docs/adr/0023). Tests check that
 * every field has words and that every word still names a field.
 */
package org.openras.service.api;
