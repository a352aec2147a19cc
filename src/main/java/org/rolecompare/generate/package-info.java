/** Deterministic synthetic input (roles, comparisons, optional defects) for tests and benchmarks. */
package org.rolecompare.generate;
