/**
 * What every page shares (issue 11, docs/adr/0015): the GOV.UK Frontend assets ({@code
 * GovukAssets}), the security of the pages and their sign-in ({@code WebSecurity}, {@code
 * SignedInUploads}), the home and sign-in pages ({@code HomePages}), the error summary a form
 * collects ({@code PageErrors}), the GOV.UK date input ({@code DateInput}), file downloads ({@code
 * Downloads}), and how figures are written ({@code FinanceFigures}, {@code FigureWords}). The
 * layout and shared fragments are the templates under {@code templates/web/}. The pages themselves
 * live in their feature packages (calculation, audit, scenario, calibration, ruleset, uprating);
 * nothing here depends on a feature, which an ArchUnit rule checks ({@code
 * ServiceArchitectureTest}).
 */
package org.openras.service.web;
