package vn.edu.shcm.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;

/**
 * Finds the rule models that the build compiled from DRL (Drools' executable model): every jar with rules lists
 * its generated model classes in {@value #INDEX}, one class name per line.
 */
public final class PrecompiledModels {

    /** Where each jar lists its model classes; the shaded command-line jar appends them all. */
    public static final String INDEX = "META-INF/shcm-rules/drools-model";

    private PrecompiledModels() {
    }

    /** Returns every model class name listed on the class path of {@code loader}, in class-path order. */
    static List<String> listed(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(INDEX))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String name = line.strip();
                        if (!name.isEmpty() && name.indexOf(':') < 0) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule model index " + INDEX, e);
        }
        return names;
    }

    /**
     * Returns the model compiled from the DRL package {@code drlPackage}, if the class path lists one.
     *
     * @throws IllegalStateException if the listed class cannot be loaded: a broken build, not a missing model
     */
    static Optional<Model> find(ClassLoader loader, String drlPackage) {
        for (String name : listed(loader)) {
            int dot = name.lastIndexOf('.');
            if (dot > 0 && name.substring(0, dot).equals(drlPackage)) {
                try {
                    return Optional.of((Model) Class.forName(name, true, loader).getDeclaredConstructor()
                            .newInstance());
                } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                    throw new IllegalStateException("the rule model " + name + " listed in " + INDEX
                            + " cannot be loaded", e);
                }
            }
        }
        return Optional.empty();
    }
}
