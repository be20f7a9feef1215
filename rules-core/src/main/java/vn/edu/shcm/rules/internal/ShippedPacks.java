package vn.edu.shcm.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.edu.shcm.rules.internal.json.JsonSupport;

/**
 * The rule packs this project ships and the Maven module that carries each, read once from {@value #RESOURCE}:
 * the one place that says which dependency brings which pack, so that an unknown pack id can name the module a
 * user forgot to add.
 */
public final class ShippedPacks {

    static final String RESOURCE = "/vn/edu/shcm/rules/shipped-packs.json";

    private static final class Data {
        static final Data INSTANCE = read();

        final String groupId;
        /** Pack ids by artifact id, in the file's order. */
        final Map<String, List<String>> byModule;

        Data(String groupId, Map<String, List<String>> byModule) {
            this.groupId = groupId;
            this.byModule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byModule));
        }

        private static Data read() {
            try (InputStream in = ShippedPacks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                JsonNode root = JsonSupport.mapper().readTree(in);
                Map<String, List<String>> byModule = new LinkedHashMap<>();
                root.get("modules").forEach(m -> {
                    List<String> packs = new ArrayList<>();
                    m.get("packs").forEach(p -> packs.add(p.textValue()));
                    byModule.put(m.get("artifactId").textValue(), List.copyOf(packs));
                });
                return new Data(root.get("groupId").textValue(), byModule);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    private ShippedPacks() {
    }

    /** Returns the Maven group id of the modules. */
    public static String groupId() {
        return Data.INSTANCE.groupId;
    }

    /** Returns the pack ids of each module, by artifact id, in a fixed order. */
    public static Map<String, List<String>> byModule() {
        return Data.INSTANCE.byModule;
    }

    /** Returns the artifact id of the module that ships the pack, or empty for a pack not of this project. */
    public static Optional<String> moduleOf(String packId) {
        return Data.INSTANCE.byModule.entrySet().stream().filter(e -> e.getValue().contains(packId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Returns "rules-mn (a, b), rules-thcs (c), …": every module with its packs. */
    public static String describe() {
        return Data.INSTANCE.byModule.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * Returns the English text that follows "unknown pack id": the packs on the class path and, for a pack of this
     * project, the module to add; else the modules that ship packs.
     */
    public static String unknownPackEn(String id, List<String> onClassPath) {
        String found = onClassPath.isEmpty() ? "none" : String.join(", ", onClassPath);
        Optional<String> module = moduleOf(id);
        if (module.isPresent()) {
            return "packs on the class path: " + found + ". Pack \"" + id + "\" is shipped in module "
                    + groupId() + ":" + module.get() + ", which is not on the class path: add that dependency.";
        }
        return "packs on the class path: " + found + ". The project's packs are shipped in the modules (group "
                + groupId() + "): " + describe() + "; add the module of the pack you need.";
    }

    /** Returns the Vietnamese counterpart of {@link #unknownPackEn}. */
    public static String unknownPackVi(String id, List<String> onClassPath) {
        String found = onClassPath.isEmpty() ? "không có bộ nào" : String.join(", ", onClassPath);
        Optional<String> module = moduleOf(id);
        if (module.isPresent()) {
            return "Các bộ quy tắc đang có: " + found + ". Bộ \"" + id + "\" nằm trong mô-đun " + groupId() + ":"
                    + module.get() + ", chưa được thêm vào chương trình: hãy thêm phụ thuộc (dependency) này.";
        }
        return "Các bộ quy tắc đang có: " + found + ". Các bộ của dự án nằm trong các mô-đun (nhóm " + groupId()
                + "): " + describe() + "; hãy thêm mô-đun chứa bộ cần dùng.";
    }
}
