package vn.edu.shcm.rules.testing;

import java.util.Random;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property of the project a fixed seed, so that every build (CI included) tries the same
 * inputs, and lets a developer ask for more tries or another seed from the command line.
 *
 * <p>Registered for every property through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook} (in
 * rules-core's test jar, so the pack modules get it too). Two system properties, which Maven passes to the tests:
 * <ul>
 *   <li>{@value #SEED}: absent or empty, the fixed {@value #FIXED_SEED}; {@code random}, a new seed each run
 *       (jqwik prints it when a property fails); a number, that seed.</li>
 *   <li>{@value #TRIES}: the tries of every property that does not fix its own (default: {@code jqwik.tries.default}
 *       of {@code junit-platform.properties}).</li>
 * </ul>
 * A property that names its own seed in {@code @Property(seed = ...)} keeps it.
 * <pre>{@code
 * mvn -B verify -Djqwik.tries=5000 -Djqwik.seed=random
 * }</pre>
 */
public final class JqwikSettings implements AroundPropertyHook {

    /** The system property choosing the seed. */
    public static final String SEED = "jqwik.seed";
    /** The system property choosing the number of tries. */
    public static final String TRIES = "jqwik.tries";
    /** The seed of every build that does not choose one. */
    public static final String FIXED_SEED = "20251201";

    private static final long RUN_SEED = new Random().nextLong();

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        if (attributes.seed().isEmpty()) {
            attributes.setSeed(seed());
        }
        String tries = System.getProperty(TRIES, "").strip();
        if (!tries.isEmpty() && attributes.tries().isEmpty()) {
            attributes.setTries(Integer.parseInt(tries));
        }
        return property.execute();
    }

    /** Returns the seed this run uses. */
    static String seed() {
        String seed = System.getProperty(SEED, "").strip();
        if (seed.isEmpty()) {
            return FIXED_SEED;
        }
        if (seed.equalsIgnoreCase("random")) {
            // one seed for the run, different from the last: every property of the run uses it
            return Long.toString(RUN_SEED);
        }
        return Long.toString(Long.parseLong(seed));
    }
}
