package org.openras.service.ruleset;

import java.util.List;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Citation;
import org.openras.engine.sources.Resolution;
import org.springframework.stereotype.Component;

/**
 * The rules' bibliography ({@code sources.yaml} of the configured rule store), for pages and the
 * API: resolves a trace step's or a rule's {@code source} to the documents it cites. Results keep
 * the text as the rule wrote it; this only presents it. Pages call it as {@code @sources}.
 */
@Component("sources")
public class RuleSources {
  private final Bibliography bibliography;

  RuleSources(RuleStore store) {
    this.bibliography = Bibliography.of(store);
  }

  public Bibliography bibliography() {
    return bibliography;
  }

  /**
   * What {@code text}, cited by the version {@code area}/{@code version}, stands for.
   *
   * @param area and {@code version} may be null when the citing version is not known
   */
  public Resolution resolve(String text, String area, String version) {
    return bibliography.resolve(
        text, area == null || version == null ? null : area + "/" + version);
  }

  /** The documents {@code text} cites; empty when it does not resolve. */
  public List<Citation> cite(String text, String area, String version) {
    return resolve(text, area, version).citations();
  }
}
