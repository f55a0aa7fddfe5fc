/**
 * The OpenRAS service: how assessors and case-management systems reach the engine over HTTP. It
 * holds no policy and no arithmetic; every figure comes from the engine and its rule sets.
 */
package org.openras.service;
