package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three copies of the test hall in three places of Gansu, as one deployment serving a province
 * would have them, beside the test hall itself, which names no region:
 * {@value #LINXIA_CITY} (临夏市, 622901) and {@value #GUANGHE} (广河县, 622924), both in 临夏回族自治州
 * (622900), and {@value #CHENGGUAN} (城关区, 620102) in 兰州市 (620100).
 */
public final class RegionHalls {

    public static final String LINXIA_CITY = "lxcity";
    public static final String GUANGHE = "guanghe";
    public static final String CHENGGUAN = "chengguan";
    public static final String LINXIA_PREFECTURE = "622900";
    public static final String LANZHOU = "620100";
    public static final String GANSU = "620000";

    private RegionHalls() {
    }

    /** Writes the files into {@code dir}; the value for {@code onewindow.halls.files}. */
    public static String write(Path dir) {
        try (InputStream in = RegionHalls.class.getResourceAsStream("/halls/test-hall.yml")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "classpath:halls/test-hall.yml"
                    + "," + file(dir, template, LINXIA_CITY, "临夏市政务服务中心", "622900", "临夏回族自治州", "622901", "临夏市")
                    + "," + file(dir, template, GUANGHE, "广河县政务服务中心", "622900", "临夏回族自治州", "622924", "广河县")
                    + "," + file(dir, template, CHENGGUAN, "城关区政务服务中心", "620100", "兰州市", "620102", "城关区");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(Path dir, String template, String id, String name, String cityCode, String city,
                               String countyCode, String county) throws IOException {
        String region = "region:\n  province: {code: \"620000\", name: 甘肃省}\n"
                + "  city: {code: \"" + cityCode + "\", name: " + city + "}\n"
                + "  county: {code: \"" + countyCode + "\", name: " + county + "}\n";
        String yaml = template.replace("id: testhall", "id: " + id + "\n" + region)
                .replace("name: 测试政务服务中心", "name: " + name);
        Path file = dir.resolve(id + ".yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return "file:" + file;
    }
}
