package vn.edu.shcm.rules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.http.MediaType;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.model.Plan;

/** The starter's auto-configuration on Spring Boot 3.5, one piece at a time. */
class ShcmRulesAutoConfigurationTest {

    private static final String PLAN = """
            {"id": "p", "schoolYear": "2025-2026", "level": "MAM_NON", "scope": "CLUSTER",
             "cluster": {"name": "Cụm A", "head": "a",
                         "members": [{"id": "a", "name": "Trường A"}, {"id": "b", "name": "Trường B"}]},
             "sessions": [{"id": "s1", "date": "2025-10-16", "host": "a"}]}""";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ShcmRulesAutoConfiguration.class,
                    ShcmRulesWebMvcAutoConfiguration.class, ShcmRulesHealthAutoConfiguration.class,
                    JacksonAutoConfiguration.class));

    @Test
    void oneSharedCheckerOverThePacksOnTheClassPath() {
        runner.withPropertyValues("shcm.warm-up=false").run(context -> {
            Checker checker = context.getBean(Checker.class);
            assertThat(checker.packs().ids()).contains("tuyenquang-mn-2025");
            assertThat(context.getBeansOfType(Checker.class)).hasSize(1);
        });
    }

    @Test
    void theCalendarsOfShcmCalendarsReplaceTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calendars.json");
        Files.writeString(file, """
                {"schoolYears": [{"schoolYear": "2025-2026", "start": "2025-09-08", "semester1End": "2026-01-17",
                  "end": "2026-05-30", "holidays": [], "workingDays": [], "source": "test"}]}""");
        runner.withPropertyValues("shcm.warm-up=false", "shcm.calendars=" + file).run(context -> {
            Checker checker = context.getBean(Checker.class);
            assertThat(checker.schoolCalendar(ExchangeFormat.readPlan(PLAN)).start())
                    .isEqualTo(LocalDate.of(2025, 9, 8));
        });
        runner.withPropertyValues("shcm.warm-up=false").run(context -> assertThat(context.getBean(Checker.class)
                .schoolCalendar(ExchangeFormat.readPlan(PLAN)).start()).isNotEqualTo(LocalDate.of(2025, 9, 8)));
    }

    @Test
    void theApplicationsOwnCheckerWins() {
        runner.withUserConfiguration(OwnChecker.class).run(context -> {
            assertThat(context.getBean(Checker.class)).isSameAs(OwnChecker.CHECKER);
        });
    }

    @Test
    void springBootsObjectMapperReadsAndWritesTheExchangeFormat() {
        runner.withPropertyValues("shcm.warm-up=false").run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            Plan plan = mapper.readValue(PLAN, Plan.class);
            CheckResult result = context.getBean(Checker.class).check(plan, "tuyenquang-mn-2025",
                    LocalDate.of(2025, 12, 1));

            assertThat(plan).isEqualTo(ExchangeFormat.readPlan(PLAN));
            assertThat(mapper.writeValueAsString(result)).isEqualTo(ExchangeFormat.writeResult(result));
            assertThat(mapper.writeValueAsString(result)).contains("\"packs\":[\"tuyenquang-mn-2025\"]");
        });
    }

    @Test
    void theHealthIndicatorListsThePacks() {
        runner.run(context -> {
            Health health = context.getBean("shcmHealthIndicator", ShcmHealthIndicator3.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails().get("packs")).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .contains("tuyenquang-mn-2025");
            assertThat(health.getDetails().get("warmedUp")).isEqualTo(true);
        });
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues("management.health.shcm.enabled=false", "shcm.warm-up=false")
                .run(context -> assertThat(context).doesNotHaveBean("shcmHealthIndicator"));
    }

    @Test
    void webBeansOnlyInAServletWebApplication() {
        runner.withPropertyValues("shcm.warm-up=false").run(context -> {
            assertThat(context).doesNotHaveBean(ExchangeFormatHttpMessageConverter.class);
            assertThat(context).doesNotHaveBean(ShcmProblemHandler.class);
        });
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ShcmRulesAutoConfiguration.class,
                        ShcmRulesWebMvcAutoConfiguration.class))
                .withPropertyValues("shcm.warm-up=false").run(context -> {
                    assertThat(context).hasSingleBean(ExchangeFormatHttpMessageConverter.class);
                    assertThat(context).hasSingleBean(ShcmProblemHandler.class);
                });
    }

    @Test
    void theConverterReadsPlansStrictlyAndWritesResultsWithTheLibrarysBytes() throws Exception {
        ExchangeFormatHttpMessageConverter converter = new ExchangeFormatHttpMessageConverter();
        CheckResult result = Checker.create().check(ExchangeFormat.readPlan(PLAN), "tuyenquang-mn-2025",
                LocalDate.of(2025, 12, 1));
        MockHttpOutputMessage out = new MockHttpOutputMessage();

        converter.write(result, MediaType.APPLICATION_JSON, out);
        Object read = converter.read(Plan.class, new MockHttpInputMessage(PLAN.getBytes(StandardCharsets.UTF_8)));
        InvalidPlanException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPlanException.class,
                () -> converter.read(Plan.class, new MockHttpInputMessage(
                        PLAN.replace("\"host\": \"a\"", "\"host\": \"z\", \"hots\": 1").getBytes(StandardCharsets.UTF_8))));

        assertThat(out.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(ExchangeFormat.writeResult(result));
        assertThat(out.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(read).isEqualTo(ExchangeFormat.readPlan(PLAN));
        assertThat(e.problems()).extracting(p -> p.path()).containsExactly("/sessions/0/host", "/sessions/0/hots");
        assertThat(converter.canRead(CheckResult.class, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(converter.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canWrite(Plan.class, MediaType.APPLICATION_XML)).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChecker {
        static final Checker CHECKER = Checker.create();

        @Bean
        Checker myChecker() {
            return CHECKER;
        }
    }
}
