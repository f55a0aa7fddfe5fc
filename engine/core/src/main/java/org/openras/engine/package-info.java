/**
 * OpenRAS engine: an assessment and its date in, figures with their explanation out. Plain Java.
 */
package org.openras.engine;
