package org.onewindow.kiosk.device.idcard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Made-up cards for the simulated reader and for tests. Every number has a valid check
 * character; none belongs to anybody.
 */
public final class SampleCards {

    private SampleCards() {
    }

    private static CardPhoto photo(int seed) {
        byte[] raw = new byte[1024];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (i * 31 + seed);
        }
        return new CardPhoto(raw);
    }

    /** 76 in 2026: the green channel by age. */
    public static final IdCard ELDERLY = new IdCard(CardKind.RESIDENT, "张桂兰", false, LocalDate.of(1950, 3, 12),
            "622901195003120020", "CHN", LocalDate.of(2015, 6, 1), Optional.empty(), photo(1));

    public static final IdCard ADULT = new IdCard(CardKind.RESIDENT, "李明", true, LocalDate.of(1990, 8, 15),
            "622901199008150032", "CHN", LocalDate.of(2020, 1, 10), Optional.of(LocalDate.of(2040, 1, 10)), photo(2));

    public static final IdCard EXPIRED = new IdCard(CardKind.RESIDENT, "王芳", false, LocalDate.of(1988, 1, 1),
            "622901198801010049", "CHN", LocalDate.of(2006, 5, 20), Optional.of(LocalDate.of(2016, 5, 20)), photo(3));

    public static final IdCard FOREIGNER = new IdCard(CardKind.FOREIGN_PERMANENT_RESIDENT, "安娜", false,
            LocalDate.of(1985, 4, 2), "USA150985040210", "USA", LocalDate.of(2023, 9, 1),
            Optional.of(LocalDate.of(2033, 9, 1)), photo(4));

    public static final IdCard HONG_KONG_RESIDENT = new IdCard(CardKind.HMT_RESIDENCE_PERMIT, "陈志强", true,
            LocalDate.of(1979, 11, 20), "810000197911200015", "CHN", LocalDate.of(2021, 3, 1),
            Optional.of(LocalDate.of(2031, 2, 28)), photo(5));

    /** Label and card, for the simulator's buttons. */
    public record Sample(String label, IdCard card) {
    }

    public static List<Sample> all() {
        return List.of(new Sample("张桂兰 76岁", ELDERLY), new Sample("李明 36岁", ADULT),
                new Sample("王芳 (已过期)", EXPIRED), new Sample("外国人永久居留证", FOREIGNER),
                new Sample("港澳居民居住证", HONG_KONG_RESIDENT));
    }
}
