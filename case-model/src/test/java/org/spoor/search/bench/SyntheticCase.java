package org.spoor.search.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.spoor.search.IndexedItem;

/**
 * Reproducible synthetic seized items in the case languages: mostly short messages, some long
 * documents, calls and image captions, with custodians, times and kinds spread like a real case.
 */
final class SyntheticCase {

    /** Words per language; Lao, Khmer and Thai ones are written run-on, as in real text. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "vi", List.of("vảy", "tê", "tê", "ngà", "voi", "sừng", "tê", "giác", "hàng", "lô", "cảng", "xe", "tải",
                    "đường", "dây", "buôn", "lậu", "anh", "chị", "gửi", "nhận", "tiền", "đô", "kg", "bao", "kho",
                    "Hải", "Phòng", "Đà", "Nẵng", "Móng", "Cái", "giao", "ngày", "mai", "tối", "nay", "được", "chưa"),
            "id", List.of("sisik", "trenggiling", "gading", "gajah", "cula", "badak", "kapal", "pelabuhan", "gudang",
                    "kirim", "barang", "uang", "karung", "besok", "malam", "sudah", "belum", "bos", "harga", "kilo",
                    "trenggilingnya", "dikirim", "Surabaya", "Medan", "Jakarta", "aman", "polisi"),
            "es", List.of("escamas", "pangolín", "marfil", "colmillos", "cuerno", "rinoceronte", "envío", "puerto",
                    "aduana", "señor", "dinero", "kilos", "camión", "mañana", "noche", "bodega", "contenedor",
                    "Bogotá", "Lima", "pagado", "listo", "policía", "caja", "cajas"),
            "lo", List.of("ເກັດ", "ລີ່ນ", "ງາຊ້າງ", "ນໍແຮດ", "ສົ່ງ", "ເງິນ", "ລົດ", "ດ່ານ", "ຊາຍແດນ", "ມື້ອື່ນ",
                    "ແລະ"),
            "km", List.of("ស្រកា", "ខ្លាដំបង", "ភ្លុក", "ដំរី", "ស្នែង", "រមាស", "ផ្ញើ", "លុយ", "ឡាន", "ព្រំដែន",
                    "និង"),
            "th", List.of("เกล็ด", "ลิ่น", "งาช้าง", "นอแรด", "ส่ง", "เงิน", "รถ", "ชายแดน", "พรุ่งนี้", "และ", "ของ"),
            "mn", List.of("хирсний", "эвэр", "зааны", "соёо", "хайрс", "ачаа", "мөнгө", "хил", "гааль", "машин",
                    "маргааш", "шөнө", "Улаанбаатар", "Замын-Үүд"),
            "en", List.of("pangolin", "scales", "ivory", "rhino", "horn", "shipment", "container", "port", "payment",
                    "cash", "tonight", "tomorrow", "boss", "kilos", "truck", "warehouse", "customs", "ready"));

    private static final List<String> LANGUAGES = List.of("vi", "vi", "vi", "id", "id", "es", "lo", "km", "th", "mn",
            "en");
    private static final boolean[] RUN_ON = {false, false, false, false, false, false, true, true, true, false, false};
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final long TWO_YEARS_SECONDS = 2L * 365 * 24 * 3600;

    private SyntheticCase() {
    }

    static IndexedItem item(long id) {
        Random random = new Random(id * 7919L + 17);
        int lang = random.nextInt(LANGUAGES.size());
        String language = LANGUAGES.get(lang);
        int roll = random.nextInt(10);
        String kind = roll < 5 ? "message" : roll < 8 ? "document" : roll < 9 ? "call" : "image";
        int words = switch (kind) {
            case "message" -> 5 + random.nextInt(40);
            case "document" -> 80 + random.nextInt(700);
            case "call" -> 3;
            default -> 4 + random.nextInt(10);
        };
        String number = Integer.toString(900_000_000 + random.nextInt(99_999_999));
        String text = text(random, WORDS.get(language), words, RUN_ON[lang]) + " " + number;
        String mediaType = switch (kind) {
            case "document" -> random.nextBoolean() ? "application/pdf" : "application/msword";
            case "image" -> "image/jpeg";
            default -> "text/plain";
        };
        Instant time = START.plusSeconds((long) (random.nextDouble() * TWO_YEARS_SECONDS));
        return new IndexedItem(id, kind + "-" + id + ".txt", mediaType, text, language, time,
                "custodian-" + random.nextInt(20), kind, Map.of("thread", "thread-" + random.nextInt(5000)));
    }

    private static String text(Random random, List<String> vocabulary, int words, boolean runOn) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Run-on scripts put spaces only between phrases, every few words.
            if (i > 0 && (!runOn || random.nextInt(5) == 0)) {
                out.append(' ');
            }
            out.append(vocabulary.get(random.nextInt(vocabulary.size())));
            if (random.nextInt(12) == 0) {
                out.append('.');
            }
        }
        return out.toString();
    }
}
