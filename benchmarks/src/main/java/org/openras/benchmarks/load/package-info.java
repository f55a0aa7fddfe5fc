/**
 * A load generator for the running service: assessors' calculations at a fixed rate on the seed
 * people, latency measured from when each request was due (so a stalled service cannot hide its
 * queue), then the audit trail checked against the answers given. Run by {@code
 * benchmarks/load.sh}.
 */
package org.openras.benchmarks.load;
