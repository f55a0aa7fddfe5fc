/**
 * Who may do what (DESIGN.md §5): assessors calculate, auditors inspect, verify and replay the
 * record, finance and policy staff have their own endpoints. Users and their bcrypt-hashed
 * passwords come from configuration; a production instance refuses to start without them.
 */
package org.openras.service.security;
