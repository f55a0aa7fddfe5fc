/**
 * Faults, told to the caller as RFC 9457 problem details: every bad field named with a problem a
 * person can act on, a date no rule set covers named with the periods that exist, and never an
 * internal detail (no stack trace, class or package name) in a response.
 */
package org.openras.service.problem;
