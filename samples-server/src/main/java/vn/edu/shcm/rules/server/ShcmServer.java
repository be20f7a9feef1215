package vn.edu.shcm.rules.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample web service: checks plans posted to {@code /api/check}, lists the packs at {@code /api/packs} and
 * answers the HTML report at {@code /api/report}. Everything else (the checker, the exchange format, the problem
 * details, the health indicator) comes from rules-spring-boot-starter.
 *
 * <p>{@code java -jar shcm-server.jar --server.port=8080}
 */
@SpringBootApplication
public class ShcmServer {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(ShcmServer.class, args);
    }
}
