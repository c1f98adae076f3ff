package org.spoor.search;

import java.time.Instant;
import java.util.Map;

/** Sample seized items about pangolin scales, ivory and rhino horn, in the case languages. */
final class SeizedItems {

    static final Instant MARCH_2024 = Instant.parse("2024-03-12T08:30:00Z");

    static final IndexedItem VI_SCALES = doc(1, "bien-ban-thu-giu.docx", "vi",
            "Cơ quan chức năng thu giữ 200 kg vảy tê tê tại cửa khẩu Lao Bảo, Quảng Trị.");
    static final IndexedItem VI_FINS = doc(2, "tau-ca.pdf", "vi",
            "Tàu cá chở vây cá mập và đồi mồi bị bắt giữ ngoài khơi Đà Nẵng.");
    static final IndexedItem VI_IVORY = doc(3, "duong-day.txt", "vi",
            "Đường dây buôn lậu ngà voi bị triệt phá ở Đồng Nai.");
    static final IndexedItem ID_SCALES = doc(4, "laporan.pdf", "id",
            "Petugas menyita sisik trenggiling dan cula badak di pelabuhan Tanjung Priok.");
    static final IndexedItem ID_HIDDEN = doc(5, "pesan.txt", "id",
            "Trenggilingnya disembunyikan dalam karung beras di gudang.");
    static final IndexedItem ES_SCALES = doc(6, "informe.docx", "es",
            "La policía decomisó escamas de pangolín y colmillos de marfil en el aeropuerto de Bogotá. "
                    + "El señor Pérez fue detenido.");
    static final IndexedItem LO_SCALES = doc(7, "ບົດລາຍງານ.txt", "lo",
            "ເຈົ້າໜ້າທີ່ຍຶດເກັດລີ່ນແລະງາຊ້າງຢູ່ດ່ານຊາຍແດນ");
    static final IndexedItem KM_SCALES = doc(8, "របាយការណ៍.txt", "km",
            "អាជ្ញាធរបានរឹបអូសស្រកាខ្លាដំបងនិងស្នែងរមាសនៅព្រំដែន");
    static final IndexedItem TH_SCALES = doc(9, "รายงาน.txt", "th",
            "เจ้าหน้าที่ยึดเกล็ดลิ่นและนอแรดที่ชายแดน");
    static final IndexedItem MN_HORN = doc(10, "тайлан.txt", "mn",
            "Гаалийн байцаагчид хилийн боомт дээр хирсний эвэр, зааны соёо хураан авчээ.");

    static final IndexedItem[] ALL = {
        VI_SCALES, VI_FINS, VI_IVORY, ID_SCALES, ID_HIDDEN, ES_SCALES, LO_SCALES, KM_SCALES, TH_SCALES, MN_HORN
    };

    private SeizedItems() {
    }

    static IndexedItem doc(long id, String fileName, String language, String text) {
        return new IndexedItem(id, fileName, "text/plain", text, language, MARCH_2024, "Nguyễn Văn An",
                "document", Map.of());
    }
}
