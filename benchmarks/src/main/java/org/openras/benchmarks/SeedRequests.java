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

  /** Every seed person, or the one named by its file name: the RAS part of each request. */
  public static List<CalculationRequest> load(String seed) {
    return names(seed).stream().map(SeedRequests::parse).toList();
  }

  /** Every seed person, or the one named by its file name: each request whole, as written. */
  public static List<CalculationRequest> loadWhole(String seed) {
    return names(seed).stream().map(SeedRequests::whole).toList();
  }

  private static List<String> names(String seed) {
    return ALL.equals(seed) ? SeedPeople.names() : List.of(seed);
  }

  /** A seed person's whole request: eligibility, needs, finances and council as written. */
  public static CalculationRequest whole(String name) {
    return Json.mapper().readValue(SeedPeople.json(name), CalculationRequest.class);
  }

  /**
   * The RAS part of a seed person's request: person, date, needs and unpaid support. The plain-Java
   * reference computes the RAS alone, so eligibility and finances (which some seed people carry)
   * are left out, and both sides time the same calculation.
   */
  public static CalculationRequest parse(String name) {
    CalculationRequest full = whole(name);
    return new CalculationRequest(
        full.personRef(),
        full.assessmentDate(),
        full.person(),
        full.needs(),
        full.informalSupport(),
        full.ruleSetVersions());
  }
}
