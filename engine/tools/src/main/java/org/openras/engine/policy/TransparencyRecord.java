package org.openras.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.params.ParameterValue;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Citation;
import org.openras.engine.sources.Resolution;
import org.openras.engine.sources.Source;

/**
 * What can be said of a rule-set version on its own, in the shape of an Algorithmic Transparency
 * Recording Standard record (the UK's ATRS, template v3.0: a metadata section, Tier 1's overview
 * for the public, and Tier 2's owner and responsibility, description and rationale, decision-making
 * process, tool specification, and risks, mitigations and impact assessments): what the version
 * decides, its rules and figures each with the documents they cite (resolved through the rules'
 * bibliography, {@code sources.yaml}), the documents themselves, and the cases it passed. Who
 * proposed and approved it, when it was published and the impact measured are not in a version's
 * files: the service adds them (docs/adr/0028). {@link #atrs} maps every ATRS section to the parts
 * of the record that answer it, and says which the council must write itself.
 *
 * @param standard the standard the record follows, and how
 * @param tool the version: its area, title, summary, what it decides, period and hash
 * @param rules each rule and the documents it cites
 * @param figures each figure (parameter) with its values from the version's first day and sources
 * @param sources every document cited, once, in the order first cited
 * @param tests the version's own cases: how many ran and passed, by name
 * @param atrs each ATRS section and what in this record (or outside it) answers it
 */
public record TransparencyRecord(
    String standard,
    TransparencyTool tool,
    List<TransparencyRule> rules,
    List<TransparencyFigure> figures,
    List<Source> sources,
    TransparencyTests tests,
    List<AtrsSection> atrs) {

  /** The standard this record's shape follows. */
  public static final String STANDARD =
      "Algorithmic Transparency Recording Standard (UK government, template v3.0): mapped, not an"
          + " official record; the council publishes its own record from it";

  /**
   * The version as a tool.
   *
   * @param name the tool's name, e.g. "OpenRAS ras rules, version 2025-04-01"
   * @param decides what the area decides, in a sentence
   */
  public record TransparencyTool(
      String name,
      String area,
      String version,
      String title,
      String summary,
      String decides,
      LocalDate effectiveFrom,
      LocalDate lastDay,
      String contentHash,
      boolean illustrative,
      List<String> stages) {}

  /**
   * One rule and what it cites.
   *
   * @param citation the citation as written ({@code @source})
   * @param citations the documents it names, in words, with where to read them
   */
  public record TransparencyRule(
      String rule, String file, int line, String citation, List<TransparencyDocument> citations) {}

  /** One document a citation names: its id in sources.yaml, in words, and where to read it. */
  public record TransparencyDocument(String sourceId, String inWords, String link) {}

  /**
   * One figure of the version.
   *
   * @param valuesFrom the day the values listed take effect (the latest on or before the version's
   *     first day, else the first)
   * @param values each key's value as written ({@code ""} for a figure without keys); empty when
   *     the figure is absent (no source gives it)
   */
  public record TransparencyFigure(
      String parameter,
      String description,
      String unit,
      String period,
      LocalDate valuesFrom,
      Map<String, String> values,
      String citation,
      List<TransparencyDocument> citations) {}

  /** The version's cases: whether they ran, how many passed and failed, and their names. */
  public record TransparencyTests(
      boolean ran, long passed, long failed, List<String> passedCases, List<String> problems) {}

  /**
   * One ATRS section and what answers it.
   *
   * @param tier "Metadata", "Tier 1" or "Tier 2"
   * @param section the section's title in the template
   * @param answeredBy the fields of this record (or the service's additions) that answer it
   * @param councilWrites what only the council can write (empty when nothing)
   */
  public record AtrsSection(String tier, String section, String answeredBy, String councilWrites) {}

  private static final Map<String, String> DECIDES =
      Map.of(
          "eligibility",
          "Whether an adult (or a carer) has eligible needs for care and support: the three"
              + " conditions of the Care and Support (Eligibility Criteria) Regulations 2014, or"
              + " before April 2015 the council's FACS band and threshold.",
          "ras",
          "An indicative personal budget from an assessment of need: points per questionnaire"
              + " domain, the price of a point by client group, floor, ceiling and panel referral."
              + " The budget is a starting point for support planning, not the agreed budget.",
          "adjustments",
          "In-year changes to indicative budgets: uplifts of the price per point from a date,"
              + " affordability factors and transitional protection.",
          "contributions",
          "A person's weekly contribution to the cost of their care from a financial assessment"
              + " under the Care and Support (Charging and Assessment of Resources) Regulations"
              + " 2014: income counted and disregarded, tariff income, the minimum income"
              + " guarantee and disability-related expenditure.");

  /**
   * The record of {@code version} from its files alone: rules and figures cited through {@code
   * bibliography}, and the cases in {@code cases} (null when they were not run).
   */
  public static TransparencyRecord of(
      RuleSetVersion version, Bibliography bibliography, VersionTestReport cases) {
    String location = version.area() + "/" + version.version();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<TransparencyRule> rules = new ArrayList<>();
    for (VersionCitations.Cited c : VersionCitations.of(version.source())) {
      if (c.what().startsWith("rule ")) {
        rules.add(
            new TransparencyRule(
                c.what().substring("rule ".length()).replace("\"", ""),
                c.file(),
                c.line(),
                c.text(),
                documents(bibliography.resolve(c.text(), location), sources)));
      }
    }
    List<TransparencyFigure> figures = new ArrayList<>();
    if (version.source().has(ParameterSet.FILE)) {
      ParameterSet params = ParameterSet.load(version);
      for (ParameterDefinition d : new TreeMap<>(params.definitions()).values()) {
        var dated = d.values().floorEntry(version.effectiveFrom());
        if (dated == null && !d.values().isEmpty()) {
          dated = d.values().firstEntry();
        }
        Map<String, String> values = new TreeMap<>();
        if (dated != null) {
          for (Map.Entry<String, ParameterValue> v : dated.getValue().entrySet()) {
            values.put(v.getKey(), v.getValue() == null ? null : v.getValue().text());
          }
        }
        String citation = d.reference() == null ? null : d.reference().title();
        figures.add(
            new TransparencyFigure(
                d.name(),
                d.description(),
                d.unit(),
                d.period(),
                dated == null ? null : dated.getKey(),
                values,
                citation,
                citation == null
                    ? List.of()
                    : documents(bibliography.resolve(citation, location), sources)));
      }
    }
    var m = version.manifest();
    String decides =
        version.area().startsWith("councils/")
            ? "A council's local options, laid over the national rules: its own charging options,"
                + " minimum income guarantee or prices where it sets them."
            : DECIDES.getOrDefault(version.area(), m.summary());
    TransparencyTool tool =
        new TransparencyTool(
            "OpenRAS " + version.area() + " rules, version " + version.version(),
            version.area(),
            version.version(),
            m.title(),
            m.summary(),
            decides,
            version.effectiveFrom(),
            version.lastDay(),
            version.hash(),
            Boolean.TRUE.equals(m.illustrative()),
            m.stages() == null ? List.of() : List.copyOf(m.stages()));
    TransparencyTests tests =
        cases == null
            ? new TransparencyTests(false, 0, 0, List.of(), List.of("the cases were not run"))
            : new TransparencyTests(
                true,
                cases.passedCount(),
                cases.failedCount(),
                cases.results().stream()
                    .filter(CaseResult::passed)
                    .map(r -> r.policyCase().name())
                    .toList(),
                cases.problems());
    return new TransparencyRecord(
        STANDARD, tool, rules, figures, List.copyOf(sources.values()), tests, atrsSections());
  }

  private static List<TransparencyDocument> documents(Resolution r, Map<String, Source> sources) {
    List<TransparencyDocument> out = new ArrayList<>();
    for (Citation c : r.citations()) {
      sources.putIfAbsent(c.source().id(), c.source());
      out.add(new TransparencyDocument(c.source().id(), c.inWords(), c.link()));
    }
    return out;
  }

  /** How the ATRS template's sections are answered (docs/adr/0028). */
  static List<AtrsSection> atrsSections() {
    return List.of(
        new AtrsSection(
            "Metadata",
            "Metadata and title information",
            "tool.name, tool.version, tool.effectiveFrom; the service adds the publication date",
            "the record's id, the organisation, the region and the contact"),
        new AtrsSection(
            "Tier 1",
            "Overview",
            "tool.title, tool.summary, tool.decides",
            "why the council uses it and how the public can find out more"),
        new AtrsSection(
            "Tier 2",
            "Owner and responsibility",
            "the service adds who proposed and who approved the version, and when",
            "the senior responsible owner, the team, and any supplier"),
        new AtrsSection(
            "Tier 2",
            "Description and rationale",
            "tool.decides, rules (each with the documents it cites), sources",
            "the benefits sought and the alternatives considered"),
        new AtrsSection(
            "Tier 2",
            "Decision-making process",
            "tool.decides; every calculation's explanation names the rule, version and source of"
                + " each figure",
            "where the indicative figure sits in the council's process and who agrees the final"
                + " budget; how people can challenge it"),
        new AtrsSection(
            "Tier 2",
            "TransparencyTool specification",
            "tool.contentHash, tool.stages, rules, figures; the tool is rule-based (no trained model"
                + " and no training data): the figures and their sources are its whole data",
            "the system's hosting and the data it receives from the case-management system"),
        new AtrsSection(
            "Tier 2",
            "Risks, mitigations and impact assessments",
            "tests (the cases it passed); the service adds the review approved (validation, cases,"
                + " diff) and the impact on a caseload when one was measured",
            "the equality and data protection impact assessments, and the risks the council"
                + " records"));
  }
}
