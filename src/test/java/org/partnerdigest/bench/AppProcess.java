package org.partnerdigest.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/partner-digest.jar}) as a child process with its own data
 * directory, as a user runs it; its CPU time, resident memory and heap are read from outside
 * ({@code /proc}, {@code jcmd}), so the load generator's own work is not counted.
 */
final class AppProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  final int port;
  final long startedNanos;

  private AppProcess(Process process, int port, long startedNanos) {
    this.process = process;
    this.port = port;
    this.startedNanos = startedNanos;
  }

  /** Starts {@code java -jar jar [command] --property=value…}; output goes to {@code log}. */
  static AppProcess start(Path jar, Path dir, List<String> command, Path log) throws IOException {
    return start(jar, dir, command, log, null);
  }

  /** As above, recording a flight recording ({@code settings=profile}) to {@code jfr} if given. */
  static AppProcess start(Path jar, Path dir, List<String> command, Path log, Path jfr)
      throws IOException {
    return start(jar, dir, List.of(), command, log, jfr);
  }

  /** As above, with extra JVM options (such as {@code -XX:AOTCache=…}) before {@code -jar}. */
  static AppProcess start(
      Path jar, Path dir, List<String> jvmOptions, List<String> command, Path log, Path jfr)
      throws IOException {
    int port = freePort();
    List<String> args = new ArrayList<>();
    args.add(ProcessHandle.current().info().command().orElse("java"));
    args.addAll(jvmOptions);
    args.add("--enable-native-access=ALL-UNNAMED");
    args.add("--add-modules=jdk.incubator.vector");
    if (jfr != null) {
      args.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
    }
    args.add("-jar");
    args.add(jar.toString());
    args.addAll(command);
    args.add("--server.port=" + port);
    args.add("--partner-digest.data-dir=" + dir.resolve("data"));
    args.add("--partner-digest.feeds-file=" + dir.resolve("feeds.yml"));
    args.add("--partner-digest.crawl.allowed-hosts=127.0.0.0/8");
    args.add("--partner-digest.crawl.tick=1s");
    // the benchmark's clients all come from one address
    args.add("--partner-digest.rate-limits.enabled=false");
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(args)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new AppProcess(process, port, started);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The body of a GET answered 200, or null (not up yet, or another status). */
  String get(String pathAndQuery) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** User plus system CPU time of the process so far, in seconds ({@code /proc/PID/stat}). */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields 14 and 15 of stat (utime, stime), counted from after the command name
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /** Resident set size now and its peak, in MiB ({@code VmRSS}, {@code VmHWM}). */
  double[] rssMiB() throws IOException {
    double rss = 0;
    double peak = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line) / 1024.0;
      } else if (line.startsWith("VmHWM:")) {
        peak = kib(line) / 1024.0;
      }
    }
    return new double[] {rss, peak};
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** Heap in use and committed, in MiB, as {@code jcmd PID GC.heap_info} reports it. */
  double[] heapMiB() throws IOException, InterruptedException {
    Path jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.heap_info").start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(30, TimeUnit.SECONDS);
    Matcher m = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(out);
    if (!m.find()) {
      return new double[] {-1, -1};
    }
    return new double[] {Long.parseLong(m.group(2)) / 1024.0, Long.parseLong(m.group(1)) / 1024.0};
  }

  /** Waits for the process to end by itself (a command), returning its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("process " + pid() + " still running after " + timeout);
    }
    return process.exitValue();
  }

  /** Stops the application as a service manager would (SIGTERM), so the index commits. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
