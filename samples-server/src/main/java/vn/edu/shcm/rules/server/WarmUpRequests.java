package vn.edu.shcm.rules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.edu.shcm.rules.Checker;

/**
 * Once the service is up, posts two plans to its own {@code /api/check} over loopback: a small valid one and a
 * malformed one, so that the first client request finds the web path warm too (Tomcat's request classes, Spring
 * MVC's argument resolution, the converter, the problem-details writer), not only the checker, which the starter
 * warmed. Off with {@code shcm.warm-up=false}, like the starter's warm-up.
 */
@Component
class WarmUpRequests {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUpRequests.class);

    /** A small plan; whatever the pack says of it (a result or input errors), the request path runs. */
    private static final String PLAN = """
            {"id": "warm-up", "schoolYear": "2025-2026", "level": "MAM_NON", "scope": "CLUSTER",
             "cluster": {"name": "Cụm", "head": "a",
                         "members": [{"id": "a", "name": "Trường A"}, {"id": "b", "name": "Trường B"}]},
             "sessions": [{"id": "s1", "date": "2025-10-16", "host": "a", "content": "Nội dung"}]}""";

    private final Checker checker;
    private final Environment environment;

    WarmUpRequests(Checker checker, Environment environment) {
        this.checker = checker;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (!environment.getProperty("shcm.warm-up", Boolean.class, true) || port == null || port <= 0
                || checker.packs().ids().isEmpty()) {
            return;
        }
        String host = environment.getProperty("server.address", "127.0.0.1");
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + "/api/check?pack=" + checker.packs().ids().get(0) + "&asOf=2025-12-01");
        for (String body : List.of(PLAN, "{")) {
            try {
                client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("Warm-up request to {} failed: {}", uri, e.toString());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.info("Warmed up the request path in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
