package org.partnerdigest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * There is no container engine on the build machines, so the files under {@code docker/} are
 * checked by reading them: the compose file parses and names its services, and every file the
 * Dockerfile copies from the build context exists and is not left out by {@code .dockerignore}.
 */
class DockerFilesTests {

  private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
  private static final Path COMPOSE = Path.of("docker/compose.yml");

  @Nested
  class Dockerfile {

    private final List<String> instructions = instructions(DOCKERFILE);

    @Test
    void copiesOnlyFilesThatExistAndReachTheBuildContext() throws IOException {
      List<String> sources = copySources(false);

      assertThat(sources).contains("mvnw", "pom.xml", ".mvn/", "src/", "feeds.yml");
      var ignore = DockerIgnore.read(Path.of(".dockerignore"));
      for (String source : sources) {
        assertThat(Path.of(source)).as("COPY source %s", source).exists();
        assertThat(ignore.excludes(source)).as("%s left out by .dockerignore", source).isFalse();
      }
      assertThat(ignore.excludes("src/main/java/org/partnerdigest/PartnerDigestApplication.java"))
          .isFalse();
      assertThat(ignore.excludes("target/partner-digest.jar")).isTrue();
      assertThat(ignore.excludes("data/partner-digest.db")).isTrue();
    }

    @Test
    void runsTheLayeredJarOnAJreFromTheBuildStage() {
      assertThat(instructions)
          .filteredOn(i -> i.startsWith("FROM "))
          .containsExactly("FROM eclipse-temurin:25-jdk AS build", "FROM eclipse-temurin:25-jre");
      assertThat(copySources(true))
          .allSatisfy(source -> assertThat(source).startsWith("/src/target/extracted/"))
          .extracting(source -> Path.of(source).getFileName().toString())
          .containsExactly(
              // Spring Boot's default layers, least often changed first
              "dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
      assertThat(instructions)
          .anySatisfy(i -> assertThat(i).contains("-Djarmode=tools").contains("extract --layers"));
    }

    @Test
    void runsAsANonRootUserWithTheDataDirectoryAVolume() {
      assertThat(instructions).contains("USER partner-digest:partner-digest", "VOLUME [\"/data\"]");
      assertThat(instructions)
          .anySatisfy(
              i -> assertThat(i).startsWith("ENV ").contains("PARTNER_DIGEST_DATA_DIR=/data"))
          .anySatisfy(i -> assertThat(i).contains("-XX:MaxRAMPercentage="));
    }

    @Test
    void startsFromAnAotCacheTrainedWithTheFlagsOfTheRealStart() {
      int env = indexOf(i -> i.startsWith("ENV ") && i.contains("-XX:MaxRAMPercentage="));
      int training =
          indexOf(
              i ->
                  i.startsWith("RUN ")
                      && i.contains("-XX:AOTCacheOutput=partner-digest.aot")
                      && i.contains("-Dspring.context.exit=onRefresh"));
      assertThat(training).isGreaterThan(env);
      assertThat(instructions)
          .filteredOn(i -> i.startsWith("ENTRYPOINT "))
          .singleElement()
          .asString()
          .contains("\"-XX:AOTCache=partner-digest.aot\"");
    }

    private int indexOf(java.util.function.Predicate<String> instruction) {
      for (int i = 0; i < instructions.size(); i++) {
        if (instruction.test(instructions.get(i))) {
          return i;
        }
      }
      throw new AssertionError("no such instruction in the Dockerfile");
    }

    @Test
    void checksLivenessNotTheWholeHealth() {
      assertThat(instructions)
          .filteredOn(i -> i.startsWith("HEALTHCHECK "))
          .singleElement()
          .asString()
          .contains("http://127.0.0.1:8080/actuator/health/liveness");
    }

    /** {@code COPY} sources from the build context, or those copied from another stage. */
    private List<String> copySources(boolean fromStage) {
      List<String> sources = new ArrayList<>();
      for (String instruction : instructions) {
        if (!instruction.startsWith("COPY ")) {
          continue;
        }
        List<String> words = new ArrayList<>(Arrays.asList(instruction.split("\\s+")));
        words.removeFirst();
        boolean fromAnotherStage = words.stream().anyMatch(w -> w.startsWith("--from="));
        words.removeIf(w -> w.startsWith("--"));
        if (fromAnotherStage == fromStage) {
          sources.addAll(words.subList(0, words.size() - 1));
        }
      }
      return sources;
    }
  }

  @Nested
  @SuppressWarnings("unchecked")
  class Compose {

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void namesTheAppAndMailpitAndACluster() {
      assertThat(services).containsOnlyKeys("app", "mailpit", "postgres", "app-2");
      assertThat(profiles("app")).isEmpty();
      assertThat(profiles("mailpit")).isEmpty();
      assertThat(profiles("postgres")).containsExactly("cluster");
      assertThat(profiles("app-2")).containsExactly("cluster");
    }

    @Test
    void buildsTheDockerfileFromTheProjectRoot() {
      for (String app : List.of("app", "app-2")) {
        assertThat(services.get(app).get("build"))
            .isEqualTo(Map.of("context", "..", "dockerfile", "docker/Dockerfile"));
        assertThat(COMPOSE.resolveSibling("..").resolve("docker/Dockerfile")).exists();
      }
    }

    @Test
    void sendsMailToMailpit() {
      for (String app : List.of("app", "app-2")) {
        assertThat(environment(app))
            .containsEntry("SPRING_MAIL_HOST", "mailpit")
            .containsEntry("SPRING_MAIL_PORT", "1025");
      }
    }

    @Test
    void putsTheSecondInstanceOnPostgresWithItsOwnIndexAndTheSameFeedsFile() {
      assertThat(environment("app-2").get("SPRING_DATASOURCE_URL").toString())
          .contains("jdbc:postgresql://postgres:5432/");
      assertThat(volumes("app")).contains("app-data:/data", "config:/config");
      assertThat(volumes("app-2")).contains("app-2-data:/data", "config:/config");
    }

    private List<Object> profiles(String service) {
      return (List<Object>) services.get(service).getOrDefault("profiles", List.of());
    }

    private Map<Object, Object> environment(String service) {
      return (Map<Object, Object>) services.get(service).get("environment");
    }

    private List<Object> volumes(String service) {
      return (List<Object>) services.get(service).get("volumes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
      try {
        Map<String, Object> file =
            new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(COMPOSE));
        return (Map<String, Map<String, Object>>) file.get("services");
      } catch (IOException e) {
        throw new AssertionError(COMPOSE + " unreadable", e);
      }
    }
  }

  /** The Dockerfile's instructions, continuation lines joined and comments left out. */
  private static List<String> instructions(Path dockerfile) {
    try {
      String joined =
          Files.readAllLines(dockerfile).stream()
              .filter(line -> !line.stripLeading().startsWith("#"))
              .collect(Collectors.joining("\n"))
              .replace("\\\n", " ");
      return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new AssertionError(dockerfile + " unreadable", e);
    }
  }

  /**
   * The rules of a {@code .dockerignore}: the last matching pattern wins, {@code !} re-includes. It
   * understands the forms our file uses: {@code *}, a path, and a directory with a trailing slash.
   */
  private record DockerIgnore(List<String> patterns) {

    private static final Set<String> ALL = Set.of("*", "**");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(#.*)?$");

    static DockerIgnore read(Path file) throws IOException {
      return new DockerIgnore(
          Files.readAllLines(file).stream()
              .filter(line -> !COMMENT.matcher(line).matches())
              .map(String::strip)
              .toList());
    }

    boolean excludes(String path) {
      String normalized = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      boolean excluded = false;
      for (String pattern : patterns) {
        boolean negated = pattern.startsWith("!");
        String rule = negated ? pattern.substring(1) : pattern;
        rule = rule.endsWith("/") ? rule.substring(0, rule.length() - 1) : rule;
        if (ALL.contains(rule) || normalized.equals(rule) || normalized.startsWith(rule + "/")) {
          excluded = !negated;
        }
      }
      return excluded;
    }
  }
}
