package id.infoloker.benchmarks.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints each drill's figures and writes the run's JSON, Markdown and HTML (with a chart per load drill). */
final class Report {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    static void print(DrillResult result) {
        System.out.println("[drill] " + result.name() + ": " + (result.held() ? "HELD" : "DID NOT HOLD"));
        result.figures().forEach((label, value) -> System.out.println("          " + label + ": " + value));
    }

    /** Writes drills-<time>.json/.md/.html into {@code directory}; returns the path without extension. */
    static Path write(Path directory, Instant started, Machine before, Machine after, double rate, int events,
                      List<DrillResult> results) throws IOException {
        Files.createDirectories(directory);
        Path base = directory.resolve("drills-" + FILE_TIME.format(started));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("started", started.toString());
        run.put("finished", Instant.now().toString());
        run.put("machine", before);
        run.put("loadAverageAtEnd", after.loadAverage());
        run.put("offeredRegistrationsPerSecond", rate);
        run.put("verificationBacklogEvents", events);
        run.put("drills", results);
        Files.writeString(base.resolveSibling(base.getFileName() + ".json"), JSON.writeValueAsString(run));
        Files.writeString(base.resolveSibling(base.getFileName() + ".md"), markdown(started, before, after, results));
        Files.writeString(base.resolveSibling(base.getFileName() + ".html"), TimelineChart.html(started, results));
        return base;
    }

    private static String markdown(Instant started, Machine before, Machine after, List<DrillResult> results) {
        StringBuilder md = new StringBuilder("# Fault drills, " + started + "\n\n");
        md.append("Machine: ").append(before.cores()).append(" cores, ").append(before.memoryMiB())
                .append(" MiB, ").append(before.os()).append(", ").append(before.java()).append("; load average ")
                .append(before.loadAverage()).append(" at the start, ").append(after.loadAverage())
                .append(" at the end. One devstack (embedded PostgreSQL 17, one Kafka broker, six service JVMs)")
                .append(" on the same machine as the load.\n\n");
        for (DrillResult result : results) {
            md.append("## ").append(result.name()).append(" — ").append(result.held() ? "held" : "DID NOT HOLD")
                    .append("\n\n`").append(result.command()).append("`\n\n| figure | value |\n|---|---|\n");
            result.figures().forEach((label, value) -> md.append("| ").append(label).append(" | ")
                    .append(String.valueOf(value).replace("|", "/")).append(" |\n"));
            md.append('\n');
        }
        return md.toString();
    }

    private Report() {
    }
}
