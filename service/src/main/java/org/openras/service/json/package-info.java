/**
 * The service speaks the engine's JSON: the contract of DESIGN.md §5 (dates ISO, money as strings
 * of pounds, unknown fields refused), so HTTP and the engine's own files never disagree.
 */
package org.openras.service.json;
