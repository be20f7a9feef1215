package vn.edu.shcm.rules.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import vn.edu.shcm.rules.Checker;

/** The {@code shcm} health indicator on Spring Boot 4: UP with the loaded packs' ids, DOWN with none. */
final class ShcmHealthIndicator4 implements HealthIndicator {

    private final Checker checker;
    private final boolean warmedUp;

    ShcmHealthIndicator4(Checker checker, boolean warmedUp) {
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
