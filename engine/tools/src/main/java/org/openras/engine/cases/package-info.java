/** Policy cases: tests a policy officer writes as sentences beside each rule-set version. */
package org.openras.engine.cases;
