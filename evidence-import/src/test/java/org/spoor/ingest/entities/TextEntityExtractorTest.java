package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

class TextEntityExtractorTest {

    /** Every kind of entity in the languages of the cases; TextTraitsTest runs its gates on it too. */
    static final String SAMPLE = String.join("\n",
            "Anh Tuấn ơi, hàng về rồi: 120 kg vảy tê tê và 3 sừng tê giác, giá 50 triệu đồng.",
            "Gọi 0912 345 678 hoặc số cũ 0168 345 6789, Zalo 84912345678@s.whatsapp.net.",
            "Chuyển khoản STK Vietcombank 0071001234567, hoặc IBAN DE89 3704 0044 0532 0130 00.",
            "USDT: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa,",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.",
            "Xe 38C-123.45 chở ngà voi và cao hổ tới kho 21.0285, 105.8542; điện thoại IMEI 490154203237518.",
            "Pak Budi: sisik trenggiling, cula badak dan gading gajah, Rp 5.000.000, mobil B 1234 XYZ.",
            "穿山甲 象牙 犀角 | งาช้าง | ງາຊ້າງ | ភ្លុកដំរី | бөхөн эвэр 5 ширхэг",
            "Sr. Quispe vende colmillos de jaguar y escamas de pangolín, 5000 USD, camioneta ABC-123,",
            "punto 12°02'49\"S 77°01'43\"W. Escamas de pangolim (pt). Mail ban.hang@example.vn,",
            "web https://shop.example.com/tt?id=1 .");

    private final TextEntityExtractor extractor = TextEntityExtractor.standard("VN");

    private Map<EntityType, List<String>> keysByType() {
        return extractor.extract(SAMPLE).stream().collect(Collectors.groupingBy(EntityMention::type,
                Collectors.mapping(EntityMention::normalisedKey, Collectors.toList())));
    }

    @Test
    void everyKindOfEntityIsFoundInAMultilingualMessage() {
        Map<EntityType, List<String>> keys = keysByType();

        assertThat(keys.get(EntityType.PHONE)).containsExactly("+84912345678", "+84383456789", "+84912345678");
        assertThat(keys.get(EntityType.EMAIL)).containsExactly("ban.hang@example.vn");
        assertThat(keys.get(EntityType.URL)).containsExactly("https://shop.example.com/tt?id=1");
        assertThat(keys.get(EntityType.IMEI)).containsExactly("490154203237518");
        assertThat(keys.get(EntityType.IBAN)).containsExactly("DE89370400440532013000");
        assertThat(keys.get(EntityType.BANK_ACCOUNT)).containsExactly("0071001234567");
        assertThat(keys.get(EntityType.CRYPTO_ADDRESS)).containsExactly("TRX:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
                "BTC:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "BTC:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "ETH:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        assertThat(keys.get(EntityType.VEHICLE_PLATE)).containsExactly("VN:38C12345", "ID:B1234XYZ", "PE:ABC123");
        assertThat(keys.get(EntityType.COORDINATE)).containsExactly("21.02850,105.85420", "-12.04694,-77.02861");
        assertThat(keys.get(EntityType.MONEY)).containsExactly("VND:50000000", "IDR:5000000", "USD:5000");
        assertThat(keys.get(EntityType.WEIGHT)).containsExactly("kg:120");
        assertThat(keys.get(EntityType.PERSON)).containsExactly("tuan", "budi", "quispe");
    }

    @Test
    void speciesAndCommoditiesAreFoundInElevenLanguagesAndScripts() {
        List<String> raws = extractor.extract(SAMPLE).stream().filter(m -> m.type() == EntityType.SPECIES)
                .map(EntityMention::rawValue).toList();

        assertThat(raws).containsExactly("vảy tê tê", "sừng tê giác", "ngà voi", "cao hổ", "sisik trenggiling",
                "cula badak", "gading gajah", "穿山甲", "象牙", "犀角", "งาช้าง", "ງາຊ້າງ", "ភ្លុកដំរី", "бөхөн эвэр",
                "colmillos de jaguar", "escamas de pangolín", "Escamas de pangolim");
        assertThat(extractor.extract("ivory").get(0).displayValue()).contains("CITES I");
    }

    @Test
    void vietnameseTermsMatchWithoutDiacriticsButOneSyllableTermsNeedThem() {
        List<EntityMention> folded = extractor.extract("ban vay te te va sung te giac");
        assertThat(folded).extracting(EntityMention::normalisedKey).containsExactly("Manis spp.", "Rhinocerotidae");
        assertThat(folded.get(0).rawValue()).isEqualTo("vay te te");

        assertThat(extractor.extract("ho ten: Nguyen; rua tay")).isEmpty();
        assertThat(extractor.extract("bán 2 con rùa")).extracting(EntityMention::rawValue).containsExactly("rùa");
    }

    @Test
    void theSameSumWrittenTwoWaysHasOneKey() {
        assertThat(extractor.extract("5.000 USD và $5,000")).extracting(EntityMention::normalisedKey)
                .containsExactly("USD:5000", "USD:5000");
        assertThat(extractor.extract("2 tấn").get(0).normalisedKey()).isEqualTo("kg:2000");
    }

    @Test
    void checksumsRefuseLookAlikes() {
        assertThat(extractor.extract("IMEI 490154203237519 IBAN DE89 3704 0044 0532 0130 01"
                + " 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .extracting(EntityMention::type).doesNotContain(EntityType.IMEI, EntityType.IBAN,
                        EntityType.CRYPTO_ADDRESS);
    }

    @Test
    void aNumberInBracketsIsCitedWithoutTheOpeningBracket() {
        String text = "Số cũ của chú Ba (0912 345 678) đừng gọi nữa; văn phòng (024) 3825 1234.";

        List<EntityMention> phones = extractor.extract(text).stream().filter(m -> m.type() == EntityType.PHONE)
                .toList();

        assertThat(phones).extracting(EntityMention::rawValue).containsExactly("0912 345 678", "(024) 3825 1234");
        assertThat(phones.get(0).startOffset()).isEqualTo(text.indexOf("0912"));
        assertThat(text.substring(phones.get(0).startOffset(), phones.get(0).endOffset())).isEqualTo("0912 345 678");
    }

    @Test
    void digitsInsideHashesAndIdsAreNotPhoneNumbers() {
        String report = "<model id=\"9b7c0031-0000-4000-8000-000000000031\"> SHA256 a0313933166f4e2b9d0912345678c"
                + " then a real one: 0912 345 678.";

        assertThat(extractor.extract(report)).filteredOn(m -> m.type() == EntityType.PHONE)
                .extracting(EntityMention::normalisedKey).containsExactly("+84912345678");
    }
}
