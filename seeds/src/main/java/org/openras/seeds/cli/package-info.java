/**
 * The batch command line for finance officers: generate a synthetic caseload, import a council's
 * CSV export, and run a scenario that writes JSON, CSV and HTML reports. (It lives in seeds because
 * the service module had no build yet when it was written; it depends only on the engine.)
 */
package org.openras.seeds.cli;
