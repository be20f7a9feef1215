package vn.edu.shcm.rules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.edu.shcm.rules.cli.ShcmCheck;

/**
 * The service on a random loopback port, as a client sees it: every shipped example plan answered with the command
 * line's bytes, broken plans with located problem documents. The same test runs on each Spring Boot line
 * (samples-server: 3.5, samples-server-boot4: 4.0).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShcmServerTest {

    private static final Path PLANS = Path.of(System.getProperty("shcm.plans", "../samples/plans"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    /** One manifest entry: plan file, pack, as-of day and the command line's exit status. */
    record Example(String file, String pack, String asOf, int exit) {
        @Override
        public String toString() {
            return file + " " + pack + " " + asOf;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(PLANS)) {
            for (Path manifest : files.filter(f -> f.toString().endsWith(".examples.json")).sorted().toList()) {
                for (JsonNode e : JSON.readTree(manifest.toFile())) {
                    out.add(new Example(e.get("file").textValue(), e.get("pack").textValue(),
                            e.get("asOf").textValue(), e.get("exit").intValue()));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersEveryExamplePlanWithTheCommandLinesBytes(Example example) throws Exception {
        String plan = PLANS.resolve(example.file()).toString();
        Cli cli = Cli.run("check", "--pack", example.pack(), "--as-of", example.asOf(), "--format", "json", plan);
        assertEquals(example.exit(), cli.status(), cli.err());

        // several packs as repeated parameters, the way the command line takes them comma-separated
        HttpResponse<String> response = post("/api/check?pack=" + example.pack().replace(",", "&pack=")
                + "&asOf=" + example.asOf(), Files.readString(PLANS.resolve(example.file())));

        if (example.exit() == 2) {
            assertEquals(400, response.statusCode());
            assertEquals("application/problem+json", contentType(response));
            JsonNode problem = JSON.readTree(response.body());
            assertEquals(400, problem.get("status").intValue());
            assertEquals(JSON.readTree(cli.out()).get("inputErrors"), problem.get("inputErrors"));
        } else {
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("application/json", contentType(response));
            assertEquals(stripLineEnd(cli.out()), response.body());
        }
    }

    @Test
    void aBrokenPlanIsA400ListingEveryProblemWithItsPathAndBothMessages() throws Exception {
        String plan = Files.readString(PLANS.resolve("tuyen-quang-mn-2025-2026.json"));
        String broken = plan.replaceFirst("\"id\": \"lan-2\"", "\"id\": \"lan-1\"")
                .replaceFirst("\"level\": \"MAM_NON\",", "\"level\": \"MAM_NON\", \"levle\": \"MAM_NON\",");
        assertTrue(!broken.equals(plan));

        HttpResponse<String> response = post("/api/check?pack=tuyenquang-mn-2025&asOf=2025-12-01", broken);

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("/api/check", problem.get("instance").textValue());
        List<String> paths = new ArrayList<>();
        for (JsonNode e : problem.get("inputErrors")) {
            paths.add(e.get("path").textValue());
            assertTrue(e.hasNonNull("message") && e.hasNonNull("messageEn"), e.toString());
        }
        assertEquals(List.of("/levle", "/sessions/1/id"), paths.stream().sorted().toList());
    }

    @Test
    void theApplicationsOwnJsonMapperBindsAListOfPlansThroughTheModule() throws Exception {
        List<Example> examples = examples().stream().filter(e -> e.pack().equals("tuyenquang-mn-2025")
                && e.asOf().equals("2025-12-01") && e.exit() != 2).toList();
        StringBuilder body = new StringBuilder("[");
        StringBuilder expected = new StringBuilder("[");
        for (Example e : examples) {
            String sep = body.length() > 1 ? "," : "";
            body.append(sep).append(Files.readString(PLANS.resolve(e.file())));
            expected.append(sep).append(stripLineEnd(Cli.run("check", "--pack", e.pack(), "--as-of", e.asOf(),
                    "--format", "json", PLANS.resolve(e.file()).toString()).out()));
        }
        assertEquals(2, examples.size());

        HttpResponse<String> ok = post("/api/check-all?pack=tuyenquang-mn-2025&asOf=2025-12-01", body + "]");
        HttpResponse<String> broken = post("/api/check-all?pack=tuyenquang-mn-2025&asOf=2025-12-01",
                body.toString().replaceFirst("\"host\": \"", "\"hots\": \"") + "]");

        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(expected + "]", ok.body());
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("application/problem+json", contentType(broken));
        JsonNode error = JSON.readTree(broken.body()).get("inputErrors").get(0);
        assertTrue(error.get("path").textValue().endsWith("/hots"), error.toString());
    }

    @Test
    void malformedJsonIsA400AtTheDocumentWithLineAndColumn() throws Exception {
        HttpResponse<String> response = post("/api/check?pack=tuyenquang-mn-2025", "{\n  \"id\": \"p\",\n  \"level\" 1\n}");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonNode error = JSON.readTree(response.body()).get("inputErrors").get(0);
        assertEquals("", error.get("path").textValue());
        assertTrue(error.get("messageEn").textValue().contains("line 3"), error.toString());
    }

    @Test
    void anUnknownPackIsA404Problem() throws Exception {
        HttpResponse<String> response = post("/api/check?pack=no-such-pack",
                Files.readString(PLANS.resolve("tuyen-quang-mn-2025-2026.json")));

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("no-such-pack", problem.get("id").textValue());
        assertTrue(problem.get("known").toString().contains("tuyenquang-mn-2025"), problem.toString());
    }

    @Test
    void listsThePacks() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/packs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(p -> ids.add(p.get("id").textValue()));
        for (Example e : examples()) {
            for (String pack : e.pack().split(",")) {
                assertTrue(ids.contains(pack), pack + " in " + ids);
            }
        }
    }

    @Test
    void answersTheHtmlReportWithTheCommandLinesBytes() throws Exception {
        Path plan = PLANS.resolve("tuyen-quang-mn-2025-2026.json");
        Cli cli = Cli.run("report", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", plan.toString());

        HttpResponse<String> response = post("/api/report?pack=tuyenquang-mn-2025&asOf=2025-12-01",
                Files.readString(plan));

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        assertEquals(stripLineEnd(cli.out()), stripLineEnd(response.body()));
    }

    @Test
    void theHealthIndicatorReportsThePacks() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonNode shcm = JSON.readTree(response.body()).get("components").get("shcm");
        assertEquals("UP", shcm.get("status").textValue());
        assertTrue(shcm.get("details").get("packs").toString().contains("tuyenquang-mn-2025"), shcm.toString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String stripLineEnd(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** The command line, run in-process. */
    record Cli(int status, String out, String err) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = ShcmCheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Cli(status, out.toString(), err.toString());
        }
    }
}
