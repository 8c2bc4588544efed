package org.partnerdigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What a result was measured on: cores, memory, CPU model, Java, and the load at the start. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() throws IOException {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    machine.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
    machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).strip());
    return machine;
  }

  private static String firstValue(Path file, String key) throws IOException {
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    return Files.readAllLines(file).stream()
        .filter(line -> line.startsWith(key))
        .map(line -> line.substring(line.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("unknown");
  }

  /** The size of a directory tree in MiB. */
  static double mib(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      return Latencies.round(bytes / 1048576.0);
    }
  }
}
