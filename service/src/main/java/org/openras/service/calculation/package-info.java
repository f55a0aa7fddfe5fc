/**
 * Calculations: one assessment in (person, needs, informal support, assessment date), the
 * indicative personal budget and its explanation out, exactly as the engine gives them.
 */
package org.openras.service.calculation;
