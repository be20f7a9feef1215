package vn.edu.shcm.rules.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option that every command takes. */
final class FormatOption {

    /** The output formats: text for people (Vietnamese first), json for programs. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Định dạng / output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
