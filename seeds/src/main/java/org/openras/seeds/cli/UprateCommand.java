package org.openras.seeds.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.uprating.FigureChange;
import org.openras.engine.uprating.Uprating;
import org.openras.engine.uprating.UpratingCases;
import org.openras.engine.uprating.UpratingDraft;
import org.openras.engine.uprating.UpratingSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openras policy uprate}: next year's figures as a draft version folder. With {@code
 * --template} it writes the file to fill (every figure with last year's value); with {@code
 * --figures} it reads the filled file and writes {@code <rules>/<area>/<version>/}, then prints
 * each change with its flags and the cases kept and left out.
 */
@Command(
    name = "uprate",
    mixinStandardHelpOptions = true,
    description =
        "Starts next year's figures of an area from the version in force: --template writes the"
            + " file to fill, --figures writes the draft folder from the filled file. Exit code 1"
            + " when the file has a bad field.")
final class UprateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "<area>", description = "The area, e.g. contributions.")
  String area;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(names = "--from", description = "The version to start from (default: the one in force).")
  String from;

  @Option(names = "--on", description = "The day whose version to start from (default today).")
  LocalDate on;

  @Option(
      names = "--effective-from",
      description = "The new version's first day (default the next commencement: 6 April).")
  LocalDate effectiveFrom;

  @Option(names = "--template", description = "Write the file to fill here, and stop.")
  Path template;

  @Option(names = "--figures", description = "The filled file: write the draft from it.")
  Path figures;

  @Option(
      names = "--threshold",
      defaultValue = "10",
      description = "Flag changes larger than this many per cent (default 10).")
  BigDecimal threshold;

  @Override
  public Integer call() throws IOException {
    if ((template == null) == (figures == null)) {
      System.err.println("Give --template <file> to write the file to fill, or --figures <file>");
      return 2;
    }
    RuleSetCatalogue catalogue =
        RuleSetCatalogue.load(new DirectoryRuleStore(rules.toAbsolutePath()));
    RuleSetVersion source = source(catalogue);
    if (source == null) {
      return 2;
    }
    LocalDate today = LocalDate.now();
    LocalDate day =
        on != null
            ? on
            : source.lastDay() != null && source.lastDay().isBefore(today)
                ? source.lastDay()
                : today;
    LocalDate first =
        effectiveFrom != null ? effectiveFrom : Uprating.nextCommencement(source, day);
    UpratingDraft draft;
    try {
      draft = Uprating.start(source, first, catalogue.versions(area));
      if (template != null) {
        Files.writeString(template, UpratingSheet.template(draft), StandardCharsets.UTF_8);
        System.out.println(
            "Wrote "
                + template
                + ": "
                + draft.figures().size()
                + " figures of "
                + area
                + " "
                + draft.version()
                + " ("
                + draft.year()
                + ") from "
                + source.version()
                + ". Fill it, then run again with --figures "
                + template);
        return 0;
      }
      UpratingSheet.Filled filled =
          UpratingSheet.read(Files.readString(figures, StandardCharsets.UTF_8));
      draft = Uprating.enter(draft, filled.circularTitle(), filled.circularUrl(), filled.entries());
    } catch (InvalidRequestException e) {
      e.errors().forEach(f -> System.err.println(f.field() + ": " + f.problem()));
      return 1;
    }
    Path folder = rules.resolve(area).resolve(draft.version());
    if (Files.exists(folder)) {
      System.err.println("The folder " + folder + " exists already; choose --effective-from");
      return 2;
    }
    UpratingCases.Built built =
        UpratingCases.build(
            source, draft, UpratingCases.beside(new DirectoryRuleStore(rules.toAbsolutePath())));
    for (var file : built.source().files().entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    print(built.draft(), folder);
    return 0;
  }

  private RuleSetVersion source(RuleSetCatalogue catalogue) {
    if (from != null) {
      var v = catalogue.find(area, from);
      if (v.isEmpty()) {
        System.err.println(
            "There is no " + area + " version " + from + "; versions: " + catalogue.periods(area));
      }
      return v.orElse(null);
    }
    LocalDate day = on != null ? on : LocalDate.now();
    var v = catalogue.inForce(area, day);
    if (v.isEmpty()) {
      System.err.println(
          "No "
              + area
              + " version is in force on "
              + day
              + "; give --on <a day one covers> or --from <version>. Versions: "
              + catalogue.periods(area));
    }
    return v.orElse(null);
  }

  private void print(UpratingDraft d, Path folder) {
    System.out.println(
        "Wrote " + folder + ": " + d.area() + " " + d.version() + " (" + d.year() + ")");
    for (FigureChange c : FigureChange.of(d, threshold)) {
      var f = c.figure();
      System.out.println(
          "  "
              + f.id()
              + ": "
              + (f.lastValue() == null ? "absent" : f.lastValue())
              + " -> "
              + (f.newValue() == null ? "absent" : f.newValue())
              + (c.words().isEmpty() ? "" : " " + c.words())
              + (c.flags().isEmpty()
                  ? ""
                  : " ["
                      + String.join(", ", c.flags().stream().map(FigureChange.Flag::words).toList())
                      + "]"));
    }
    System.out.println(
        "Cases: "
            + d.casesKept().size()
            + " of "
            + d.source()
            + "'s still hold and are kept; "
            + d.casesLeftOut().size()
            + " left out (they fail on the new figures):");
    d.casesLeftOut()
        .forEach(l -> System.out.println("  " + l.file() + ": " + l.name() + ": " + l.why()));
    System.out.println(
        "Next: openras policy validate "
            + folder
            + ", then publish it (docs: README 'The April uprating').");
  }
}
