package org.openras.seeds.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code openras generate | import | scenario | envelope | calibrate | policy | measures |
 * direct-payments | forecast}: batch runs for finance officers.
 */
@Command(
    name = "openras",
    mixinStandardHelpOptions = true,
    description =
        "OpenRAS batch commands: caseloads, scenarios, budget envelopes, calibration, rule-set"
            + " versions and direct-payment statements.",
    subcommands = {
      GenerateCommand.class,
      ImportCommand.class,
      ScenarioCommand.class,
      EnvelopeCommand.class,
      CalibrateCommand.class,
      PolicyCommand.class,
      MeasuresCommand.class,
      DirectPaymentsCommand.class,
      ForecastCommand.class
    })
public final class OpenRasCli implements Runnable {
  public static void main(String[] args) {
    // The CLI's own logging (warnings only): a library jar must not ship logback.xml, which would
    // silence the logs of any application that uses it (the service does).
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "openras-cli-logback.xml");
    }
    System.exit(new CommandLine(new OpenRasCli()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
