package vn.edu.shcm.rules.spring;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.calendar.SchoolCalendars;

/**
 * Auto-configures one shared {@link Checker} over the packs on the class path, with today's date in Vietnam, the
 * school calendars of {@code shcm.calendars} and a warm-up at start-up unless {@code shcm.warm-up=false}; and the
 * exchange format's Jackson modules as beans (Jackson 2's, and Jackson 3's where Jackson 3 is present), which
 * Spring Boot registers with the mapper it builds.
 */
@AutoConfiguration
@EnableConfigurationProperties(ShcmRulesProperties.class)
public class ShcmRulesAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ShcmRulesAutoConfiguration.class);

    /** Returns the shared checker, warmed up unless {@code shcm.warm-up=false}. */
    @Bean
    @ConditionalOnMissingBean
    public Checker shcmChecker(ShcmRulesProperties properties) {
        Checker.Builder builder = Checker.builder().clock(Clock.system(Checker.VIETNAM));
        if (properties.getCalendars() != null) {
            builder.calendars(SchoolCalendars.read(properties.getCalendars()));
        }
        Checker checker = builder.build();
        if (properties.isWarmUp()) {
            long start = System.nanoTime();
            checker.warmUp();
            LOG.info("Warmed up {} rule pack(s) in {} ms", checker.packs().ids().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return checker;
    }

    /**
     * Spring Boot 4 with Jackson 3: the exchange format's Jackson 3 module as a bean, which Boot registers with the
     * {@code JsonMapper} it builds.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {
        @Bean
        @ConditionalOnMissingBean(name = "shcmJackson3Module")
        ExchangeFormatJackson3Module shcmJackson3Module() {
            return new ExchangeFormatJackson3Module();
        }
    }

    /**
     * Returns the exchange format's Jackson 2 module: Spring Boot 3.5 (and Boot 4 with its Jackson 2 support)
     * registers every {@code Module} bean with the ObjectMapper it builds.
     */
    @Bean
    @ConditionalOnMissingBean(name = "shcmJacksonModule")
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    public com.fasterxml.jackson.databind.Module shcmJacksonModule() {
        return ExchangeFormat.jacksonModule();
    }
}
