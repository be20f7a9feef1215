package vn.edu.shcm.rules.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code shcm.*} configuration properties of the shcm-rules starter. */
@ConfigurationProperties(prefix = "shcm")
public class ShcmRulesProperties {

    /**
     * School calendar file (JSON) whose calendars replace the built-in ones for their school years; a plan's own
     * calendar still applies on top. Unset: the built-in calendars only.
     */
    private Path calendars;

    /**
     * Whether to warm the checker up at start-up (load every pack and check a built-in plan with each), so that
     * the first request costs what later ones do. Start-up takes a second or two longer.
     */
    private boolean warmUp = true;

    /** Returns the school calendar file, or null. */
    public Path getCalendars() {
        return calendars;
    }

    /** Sets the school calendar file. */
    public void setCalendars(Path calendars) {
        this.calendars = calendars;
    }

    /** Tells whether the checker is warmed up at start-up. */
    public boolean isWarmUp() {
        return warmUp;
    }

    /** Sets whether the checker is warmed up at start-up. */
    public void setWarmUp(boolean warmUp) {
        this.warmUp = warmUp;
    }
}
