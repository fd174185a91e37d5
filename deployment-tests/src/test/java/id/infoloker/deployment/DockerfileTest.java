package id.infoloker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one Dockerfile: multi-stage, layered Boot jar, JRE 17, non-root, nothing of the build in the final image. */
class DockerfileTest {

    /** A Dockerfile instruction with its (continuation-joined) arguments. */
    record Instruction(String keyword, String arguments) {
    }

    private static final List<List<Instruction>> stages = new ArrayList<>();
    private static final Map<String, String> globalArgs = new HashMap<>();

    @BeforeAll
    static void parse() throws IOException {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Repository.path("Dockerfile"))) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            int space = text.indexOf(' ');
            instructions.add(new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
            current.setLength(0);
        }
        List<Instruction> stage = null;
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                stage = new ArrayList<>();
                stages.add(stage);
            }
            if (stage == null) {
                if (instruction.keyword().equals("ARG") && instruction.arguments().contains("=")) {
                    String[] pair = instruction.arguments().split("=", 2);
                    globalArgs.put(pair[0].strip(), pair[1].strip());
                }
                continue;
            }
            stage.add(instruction);
        }
    }

    private static String baseImage(List<Instruction> stage) {
        String from = stage.get(0).arguments().split("\\s+")[0];
        Matcher variable = Pattern.compile("\\$\\{?(\\w+)}?").matcher(from);
        return variable.matches() ? globalArgs.getOrDefault(variable.group(1), from) : from;
    }

    private static List<Instruction> finalStage() {
        return stages.get(stages.size() - 1);
    }

    private static String all(List<Instruction> stage, String keyword) {
        return String.join("\n", stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList());
    }

    @Test
    void isMultiStageOnPinnedImages() {
        assertThat(stages).as("build and runtime stages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages).allSatisfy(stage -> assertThat(baseImage(stage)).as("base image")
                .matches("^[^:@\\s]+(:[\\w][\\w.-]*|@sha256:[0-9a-f]{64})$").doesNotEndWith(":latest"));
    }

    @Test
    void runsOnAJre17WithoutBuildTools() {
        String runtime = baseImage(finalStage());
        assertThat(runtime).as("runtime base image").contains("17").containsIgnoringCase("jre")
                .doesNotContainIgnoringCase("jdk").doesNotContainIgnoringCase("maven");
        assertThat(all(finalStage(), "RUN")).as("final stage RUN").doesNotContain("mvn", "gradle", "apt-get install");
        // Only the extracted layers (from the build stage) and the healthcheck script enter the final image.
        assertThat(finalStage()).filteredOn(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"))
                .allSatisfy(copy -> assertThat(copy.arguments()).as(copy.keyword() + " " + copy.arguments())
                        .satisfiesAnyOf(a -> assertThat(a).contains("--from="),
                                a -> assertThat(a).contains("deploy/docker/healthcheck.sh")));
    }

    @Test
    void buildsAnyServiceByArgumentIntoBootLayers() {
        List<Instruction> build = stages.get(0);
        assertThat(build).as("build stage declares ARG SERVICE").anySatisfy(i -> {
            assertThat(i.keyword()).isEqualTo("ARG");
            assertThat(i.arguments()).startsWith("SERVICE");
        });
        String run = all(build, "RUN");
        assertThat(run).contains("-pl \"${SERVICE}\"").contains("-Djarmode=tools").contains("extract --layers");
        List<String> copiedLayers = finalStage().stream().filter(i -> i.keyword().equals("COPY"))
                .map(Instruction::arguments).filter(a -> a.contains("--from=")).toList();
        assertThat(String.join("\n", copiedLayers)).as("layers, least-changing first")
                .containsSubsequence("dependencies/", "spring-boot-loader/", "snapshot-dependencies/", "application/");
    }

    @Test
    void runsAsANumericNonRootUserWithJavaAsPidOne() {
        List<Instruction> users = finalStage().stream().filter(i -> i.keyword().equals("USER")).toList();
        assertThat(users).as("USER in the final stage").isNotEmpty();
        String user = users.get(users.size() - 1).arguments();
        assertThat(user).as("numeric uid (Kubernetes' runAsNonRoot can only verify a number)").matches("\\d+(:\\d+)?");
        assertThat(Integer.parseInt(user.split(":")[0])).as("uid").isPositive();
        assertThat(all(finalStage(), "ENTRYPOINT")).as("exec-form ENTRYPOINT so java receives SIGTERM")
                .startsWith("[\"java\"");
    }

    @Test
    void everyDeployableBuildsTheJarTheDockerfileLooksFor() throws IOException {
        // The build stage checks ${SERVICE}/target/${SERVICE}.jar: each module's artifactId and finalName must agree.
        for (String module : Platform.HTTP_PORTS.keySet()) {
            String pom = Files.readString(Repository.path(module + "/pom.xml"));
            assertThat(pom).as("%s/pom.xml", module)
                    .contains("<artifactId>" + module + "</artifactId>")
                    .contains("<finalName>${project.artifactId}</finalName>");
        }
    }

    @Test
    void buildContextLeavesOutBuildOutputGitAndSecrets() throws IOException {
        List<String> ignored = Files.readAllLines(Repository.path(".dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).contains("**/target", ".git", "deploy/secrets");
        assertThat(Files.isExecutable(Repository.path("deploy/docker/healthcheck.sh"))).as("healthcheck script").isTrue();
    }
}
