package vn.edu.shcm.rules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.internal.PackDescriptor;
import vn.edu.shcm.rules.mn.AnLaoMn2023;
import vn.edu.shcm.rules.mn.QuangNgaiMn2019;
import vn.edu.shcm.rules.mn.TuyenQuangMn2025;
import vn.edu.shcm.rules.phothong.LaoCaiPhoThong2025;
import vn.edu.shcm.rules.thcs.QuangNgaiThcs2025;

/**
 * The five shipped packs as the benchmarks use them: the pack's provider, the class-path folder of its DRL files,
 * and the example plan (copied from {@code samples/plans/}) that the benchmark plans are generated from, with the
 * as-of date its manifest gives it.
 */
public enum BenchmarkPack {

    /** Tuyên Quang preschool clusters, from 2025-2026. */
    TUYENQUANG_MN_2025("tuyenquang-mn-2025", TuyenQuangMn2025::new, "vn/edu/shcm/rules/mn/tuyenquang2025",
            "tuyen-quang-mn-2025-2026.json", LocalDate.of(2025, 12, 1)),
    /** The An Tiến preschool cluster, 2023-2024. */
    ANLAO_MN_2023("anlao-mn-2023", AnLaoMn2023::new, "vn/edu/shcm/rules/mn/anlao2023",
            "an-tien-2023-2024-doi-lich.json", LocalDate.of(2024, 1, 5)),
    /** Quảng Ngãi inter-commune THCS clusters, 2025-2026. */
    QUANGNGAI_THCS_2025("quangngai-thcs-2025", QuangNgaiThcs2025::new, "vn/edu/shcm/rules/thcs/quangngai2025",
            "quang-ngai-thcs-binh-son-van-tuong-2025-2026.json", LocalDate.of(2026, 1, 20)),
    /** Lào Cai general education, CLUSTER plans (the scope the plain-Java floor implements). */
    LAOCAI_PHOTHONG_2025("laocai-phothong-2025", LaoCaiPhoThong2025::new, "vn/edu/shcm/rules/phothong/laocai2025",
            "lao-cai-cum-thcs-bat-xat-2025-2026.json", LocalDate.of(2025, 12, 15)),
    /** Quảng Ngãi preschool network, 2019-2020. */
    QUANGNGAI_MN_2019("quangngai-mn-2019", QuangNgaiMn2019::new, "vn/edu/shcm/rules/mn/quangngai2019",
            "quang-ngai-mn-2019-2020-cum-2.json", LocalDate.of(2019, 12, 15));

    private final String id;
    private final Supplier<RulePack> provider;
    private final String folder;
    private final String examplePlan;
    private final LocalDate asOf;

    BenchmarkPack(String id, Supplier<RulePack> provider, String folder, String examplePlan, LocalDate asOf) {
        this.id = id;
        this.provider = provider;
        this.folder = folder;
        this.examplePlan = examplePlan;
        this.asOf = asOf;
    }

    /** Returns the pack id. */
    public String id() {
        return id;
    }

    /** Returns the file name of the example plan the benchmark plans are made from. */
    public String examplePlan() {
        return examplePlan;
    }

    /** Returns the as-of date the example's manifest gives, used for every check of this pack's plans. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Returns a new instance of the shipped pack: nothing loaded yet. */
    public RulePack newPack() {
        return provider.get();
    }

    /**
     * Copies the pack's {@code pack.json} and the DRL files it lists from the class path into {@code directory},
     * for {@link DrlPacks#fromDirectory(Path)}: the run-time compile path.
     *
     * @return {@code directory}
     */
    public Path extractTo(Path directory) {
        try {
            Files.createDirectories(directory);
            PackDescriptor descriptor = PackDescriptor.read(open("pack.json"), folder + "/pack.json");
            copy("pack.json", directory);
            for (String file : descriptor.ruleFiles()) {
                copy(file, directory);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract pack " + id + " to " + directory, e);
        }
    }

    private void copy(String file, Path directory) throws IOException {
        try (InputStream in = open(file)) {
            Files.copy(in, directory.resolve(file));
        }
    }

    private InputStream open(String file) {
        InputStream in = BenchmarkPack.class.getClassLoader().getResourceAsStream(folder + "/" + file);
        if (in == null) {
            throw new IllegalStateException("pack " + id + ": " + folder + "/" + file + " is not on the class path");
        }
        return in;
    }

    /**
     * Returns the pack with the given id.
     *
     * @throws IllegalArgumentException naming the id when no shipped pack has it
     */
    public static BenchmarkPack of(String id) {
        for (BenchmarkPack p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no benchmarked pack has id \"" + id + "\"");
    }
}
