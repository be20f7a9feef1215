package vn.edu.shcm.rules.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import vn.edu.shcm.rules.Checker;

/** The {@code shcm} health indicator on Spring Boot 3.5: UP with the loaded packs' ids, DOWN with none. */
final class ShcmHealthIndicator3 implements HealthIndicator {

    private final Checker checker;
    private final boolean warmedUp;

    ShcmHealthIndicator3(Checker checker, boolean warmedUp) {
        this.checker = checker;
        this.warmedUp = warmedUp;
    }

    @Override
    public Health health() {
        var ids = checker.packs().ids();
        return (ids.isEmpty() ? Health.down() : Health.up()).withDetail("packs", ids)
                .withDetail("warmedUp", warmedUp).build();
    }
}
