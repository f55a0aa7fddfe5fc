/**
 * The service killed outright (SIGKILL, as a power cut or the kernel's out-of-memory killer would)
 * while assessors are calculating, then started again on the same database: no answered calculation
 * may be missing from the audit trail, and the chain must still verify.
 */
package org.openras.service.crash;
