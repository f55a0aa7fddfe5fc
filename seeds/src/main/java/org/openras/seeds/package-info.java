/**
 * Synthetic people: invented calculation requests, each showing one situation an assessor meets (an
 * older person living alone, a carer who needs breaks, a budget above the panel ceiling). No record
 * describes a real person. Read from the classpath, so the service, the tests and the benchmark jar
 * use the same people without a checkout.
 */
package org.openras.seeds;
