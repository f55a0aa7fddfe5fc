/**
 * The policy officer's workflow before a rule-set version is published: validate a version folder
 * (it compiles, its manifest, rules, parameters, periods and points table are complete, each
 * finding with its file, line and what to do), test it (its policy cases, as a readable report),
 * and compare two versions of an area in words, with the impact on a caseload.
 */
package org.openras.engine.policy;
