package org.openras.benchmarks;

import java.util.List;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.seeds.SeedPeople;

/** The seed people's calculation requests, parsed from the seeds jar on the classpath. */
public final class SeedRequests {
  /** The {@code seed} parameter value that means every seed person in turn. */
  public static final String ALL = "all";

  private SeedRequests() {}

  /** Every seed person, or the one named by its file name. */
  public static List<CalculationRequest> load(String seed) {
    List<String> names = ALL.equals(seed) ? SeedPeople.names() : List.of(seed);
    return names.stream().map(SeedRequests::parse).toList();
  }

  /**
   * The RAS part of a seed person's request: person, date, needs and unpaid support. The plain-Java
   * reference computes the RAS alone, so eligibility and finances (which some seed people carry)
   * are left out, and both sides time the same calculation.
   */
  public static CalculationRequest parse(String name) {
    CalculationRequest full =
        Json.mapper().readValue(SeedPeople.json(name), CalculationRequest.class);
    return new CalculationRequest(
        full.personRef(),
        full.assessmentDate(),
        full.person(),
        full.needs(),
        full.informalSupport(),
        full.ruleSetVersions());
  }
}
