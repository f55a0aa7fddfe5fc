package org.openras.engine.cases;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One policy case of a rule-set version, written as a sentence a policy officer can read: the
 * request, and either the figures expected (each a path into the result, such as {@code
 * ras.weeklyBudget} or {@code ras.domains[0].pointsAfterDeflation}) or the error expected.
 *
 * @param file the case file, relative to the version folder
 * @param expectedError expected fault instead of a result: {@code type} (InvalidRequest,
 *     RuleSetSelection, MissingParameter) and optionally {@code field} or {@code contains}
 */
public record PolicyCase(
    String file,
    String name,
    JsonNode request,
    Map<String, JsonNode> expected,
    Map<String, String> expectedError) {}
