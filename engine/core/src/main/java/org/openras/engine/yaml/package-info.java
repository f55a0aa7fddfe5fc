/** Reading rule-set YAML strictly: a misspelt key is an error, never a silent default. */
package org.openras.engine.yaml;
