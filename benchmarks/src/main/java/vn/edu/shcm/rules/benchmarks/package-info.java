/**
 * JMH benchmarks of the checker and the plain-Java floor they are compared against: warm checks of every pack
 * ({@link vn.edu.shcm.rules.benchmarks.CheckBenchmark}), the Lào Cai floor next to its Drools check
 * ({@link vn.edu.shcm.rules.benchmarks.FloorBenchmark}), JSON parsing
 * ({@link vn.edu.shcm.rules.benchmarks.ParseBenchmark}), rule-base builds
 * ({@link vn.edu.shcm.rules.benchmarks.KieBaseBuildBenchmark}) and the heap the loaded packs retain
 * ({@link vn.edu.shcm.rules.benchmarks.RetainedHeap}, a main class). See {@code docs/performance.md}.
 */
package vn.edu.shcm.rules.benchmarks;
