/** The engine's JSON, as the HTTP contract writes it. */
package org.openras.engine.json;
