package vn.edu.shcm.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes throw-away packs into a directory, to load with {@link DrlRulePack#fromDirectory(Path)}. */
final class TestPacks {

    private TestPacks() {
    }

    static String descriptor(String id, String levels, String scopes, String firstYear, String lastYear,
                             String ruleFiles, String rules) {
        return """
                {"id": "%s", "title": "Gói thử", "titleEn": "Test pack",
                 "source": {"title": "Tài liệu thử", "issuer": "Kiểm thử", "citation": "Tài liệu thử"},
                 "jurisdiction": {"national": true},
                 "coverage": {"levels": %s, "scopes": %s, "firstYear": %s, "lastYear": %s},
                 "ruleFiles": %s, "rules": %s}
                """.formatted(id, levels, scopes, firstYear, lastYear, ruleFiles, rules);
    }

    static String cluster2025(String id, String ruleFiles, String rules) {
        return descriptor(id, "[\"THCS\"]", "[\"CLUSTER\", \"SCHOOL_GROUP\"]", "\"2025-2026\"", "null", ruleFiles,
                rules);
    }

    static Path write(Path dir, String descriptor, Map<String, String> files) throws IOException {
        Files.writeString(dir.resolve("pack.json"), descriptor);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    static Path write(Path dir, String descriptor) throws IOException {
        return write(dir, descriptor, Map.of());
    }

    /** A rule's texts with a default message. */
    static String texts(String message) {
        return """
                {"title": "t", "titleEn": "t", "text": "t", "textEn": "t",
                 "messages": {"default": {"vi": "%s", "en": "%s"}}}""".formatted(message, message);
    }
}
