package vn.edu.shcm.rules.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.shcm.rules.Checker;

/**
 * Auto-configures the {@code shcm} health indicator when Actuator is present: UP with the ids of the loaded packs,
 * DOWN when no pack was found. The indicator type moved between the Boot lines, so there is one class for each,
 * each configured only where its type exists. {@code management.health.shcm.enabled=false} turns it off.
 */
@AutoConfiguration(after = ShcmRulesAutoConfiguration.class)
@ConditionalOnBean(Checker.class)
@ConditionalOnProperty(name = "management.health.shcm.enabled", matchIfMissing = true)
public class ShcmRulesHealthAutoConfiguration {

    /** Spring Boot 3.5: {@code org.springframework.boot.actuate.health.HealthIndicator}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "shcmHealthIndicator")
        ShcmHealthIndicator3 shcmHealthIndicator(Checker checker, ShcmRulesProperties properties) {
            return new ShcmHealthIndicator3(checker, properties.isWarmUp());
        }
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor.HealthIndicator}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "shcmHealthIndicator")
        ShcmHealthIndicator4 shcmHealthIndicator(Checker checker, ShcmRulesProperties properties) {
            return new ShcmHealthIndicator4(checker, properties.isWarmUp());
        }
    }
}
