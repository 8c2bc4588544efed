package org.partnerdigest.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH micro-benchmarks ({@code *Jmh} classes: parsing, cleaning, topic tagging) in a
 * forked JVM; results to {@code bench/results/jmh-*.json}. Skipped with {@code -Dbench.jmh=false}.
 */
class JmhBenchmark {

  @Test
  void runMicroBenchmarks() throws Exception {
    assumeTrue(Boolean.parseBoolean(System.getProperty("bench.jmh", "true")), "bench.jmh=false");
    Path results = Path.of(System.getProperty("bench.results", "bench/results"));
    Files.createDirectories(results);
    Path file = results.resolve("jmh-" + Instant.now().toString().replace(':', '-') + ".json");
    new Runner(
            new OptionsBuilder()
                .include("org\\.partnerdigest\\..*Jmh\\..*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED")
                .resultFormat(ResultFormatType.JSON)
                .result(file.toString())
                .build())
        .run();
    System.out.println("JMH results: " + file);
  }
}
