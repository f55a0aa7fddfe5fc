/**
 * Where the embedded H2 audit database lives and who may reach it: a folder only the service's own
 * user can open, files only it can read, a generated password, and the server that lets {@code
 * verify-audit} read the file while the service runs listening on the loopback address only.
 */
package org.openras.service.storage;
