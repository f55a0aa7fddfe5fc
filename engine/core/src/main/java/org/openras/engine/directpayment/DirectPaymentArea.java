package org.openras.engine.directpayment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The direct-payments area ({@link RuleArea}, docs/adr/0029): one account's period in, the amount
 * recoverable out. It is not part of a calculation ({@link #asked} is false for every calculation
 * request): the engine runs it on its own ({@code OpenRasEngine.reviewAccount}) through the same
 * {@link org.openras.engine.area.AreaRunner}. A council's choices are a parameter-only overlay
 * under {@code directpayments-councils/<council>/<version>/}, which may set only {@link
 * #LOCAL_OPTIONS}.
 */
public final class DirectPaymentArea
    implements RuleArea<DirectPaymentArea.Input, DirectPaymentContext, DirectPaymentResult> {
  public static final String AREA = "directpayments";
  public static final String OVERLAY_PREFIX = "directpayments-councils/";

  /** The figures a council may set for itself; the national version holds a default for each. */
  public static final Set<String> LOCAL_OPTIONS =
      Set.of(
          "contingencyWeeks",
          "deMinimis",
          "unpaidContributions",
          "deceasedOwnContributions",
          "returnIntervalWeeks");

  private final Map<String, ParameterSet> overlays = new ConcurrentHashMap<>();

  /** One run: the account's period and the council's overlay in force (or null), described. */
  public record Input(DirectPaymentRequest request, RuleSetVersion overlay, String council) {}

  @Override
  public String area() {
    return AREA;
  }

  /** Never part of a calculation: an account's period is reviewed on its own. */
  @Override
  public boolean asked(CalculationRequest request) {
    return false;
  }

  /** Nothing of a calculation request to check; {@link DirectPaymentChecks} checks a review's. */
  @Override
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {}

  public static String overlayArea(String council) {
    return OVERLAY_PREFIX + council;
  }

  /** True for the area of a council's direct-payment overlay (parameters only). */
  public static boolean isOverlay(String area) {
    return area.startsWith(OVERLAY_PREFIX);
  }

  /**
   * The council's overlay for the review: the named council's must be in force or pinned (an
   * unknown council is refused by the caller); without a named council, the default council's when
   * one is in force; otherwise national defaults, and the result says so.
   */
  public static Input input(
      RuleSetCatalogue catalogue, DirectPaymentRequest request, String council) {
    if (council == null) {
      return new Input(request, null, "no council: national defaults only");
    }
    String area = overlayArea(council);
    RuleSetVersion overlay =
        request.councilRef() == null && request.pinned(area) == null
            ? catalogue.inForce(area, request.periodEnd()).orElse(null)
            : catalogue.select(area, request.periodEnd(), request.pinned(area));
    return new Input(
        request,
        overlay,
        overlay != null
            ? "council overlay " + overlay.label()
            : "no direct-payment overlay of council "
                + council
                + " is in force on "
                + request.periodEnd()
                + ": national defaults only");
  }

  @Override
  public DirectPaymentContext context(
      CompiledRuleSet compiled, Input input, AtomicInteger sequence) {
    return new DirectPaymentContext(
        input.request().periodEnd(),
        compiled.version(),
        compiled.parameters(),
        input.overlay() == null ? null : options(input.overlay()),
        sequence);
  }

  /**
   * The overlay's figures, read once per content hash and checked against {@link #LOCAL_OPTIONS}.
   */
  public ParameterSet options(RuleSetVersion overlay) {
    return overlays.computeIfAbsent(
        overlay.hash(),
        h -> {
          ParameterSet set = ParameterSet.load(overlay);
          for (String name : set.definitions().keySet()) {
            if (!LOCAL_OPTIONS.contains(name)) {
              throw new InvalidRuleSetException(
                  overlay.source().location() + "/" + ParameterSet.FILE,
                  "'"
                      + name
                      + "' is not a council's direct-payment choice; the choices are "
                      + LOCAL_OPTIONS);
            }
          }
          return set;
        });
  }

  /** The account, the council's choices, then each commitment in the order given. */
  @Override
  public List<Object> facts(CompiledRuleSet compiled, Input input, DirectPaymentContext ctx) {
    DirectPaymentRequest r = input.request();
    List<Object> facts = new ArrayList<>();
    facts.add(new Account(r));
    facts.add(new CouncilChoices(ctx));
    // A commitment given without a day is for care up to the last day of the entitlement.
    LocalDate lastDay =
        r.deceased() && r.dateOfDeath().isBefore(r.periodEnd()) ? r.dateOfDeath() : r.periodEnd();
    for (int i = 0; i < r.commitments().size(); i++) {
      facts.add(new CommitmentItem(i, r.commitments().get(i), lastDay));
    }
    return facts;
  }

  @Override
  public DirectPaymentResult read(Input input, RuleFacts facts, DirectPaymentContext ctx) {
    return DirectPaymentReader.read(input.request(), input.council(), facts, ctx.parametersRead());
  }

  @Override
  public List<RuleSetVersion> alsoUsed(Input input) {
    return input.overlay() == null ? List.of() : List.of(input.overlay());
  }
}
