package org.partnerdigest.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar prepared for a faster start the way Spring Boot documents it for JDK 24+: the
 * jar extracted ({@code -Djarmode=tools extract}), one training run that stops after the context
 * refresh and writes an AOT cache ({@code -XX:AOTCacheOutput}, JEP 483/514), then started with
 * {@code -XX:AOTCache}. The application is unchanged; only how the JVM loads it differs.
 */
record AotStart(Path jar, List<String> jvmOptions, Map<String, Object> figures) {

  /**
   * Extracts {@code jar} under {@code work} and trains a cache on the data directory of {@code
   * dir}.
   */
  static AotStart prepare(Path jar, Path work, Path dir, Path log) throws Exception {
    Path extracted = work.resolve("extracted");
    Path cache = work.resolve("partner-digest.aot");
    String java = ProcessHandle.current().info().command().orElse("java");
    long started = System.nanoTime();
    Process extract =
        new ProcessBuilder(
                java,
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--destination",
                extracted.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (extract.waitFor() != 0) {
      throw new IllegalStateException("extracting " + jar + " failed; see " + log);
    }
    double extractSeconds = (System.nanoTime() - started) / 1e9;
    Path app = extracted.resolve(jar.getFileName());
    long training = System.nanoTime();
    AppProcess train =
        AppProcess.start(
            app,
            dir,
            List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"),
            List.of(),
            log,
            null);
    int exit = train.waitFor(Duration.ofMinutes(10));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("extractSeconds", Latencies.round(extractSeconds));
    figures.put("trainingSeconds", Latencies.round((System.nanoTime() - training) / 1e9));
    figures.put("trainingExitCode", exit);
    figures.put("cacheMiB", Latencies.round(cache.toFile().length() / 1048576.0));
    return new AotStart(app, List.of("-XX:AOTCache=" + cache), figures);
  }
}
