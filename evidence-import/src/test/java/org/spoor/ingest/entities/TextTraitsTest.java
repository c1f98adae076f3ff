package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spoor.entity.EntityMention;

/** A finder skipped by its gate must never have found anything in that text. */
class TextTraitsTest {

    private static final List<String> TEXTS = List.of(
            "Anh Tuấn ơi, hàng về rồi: 120 kg vảy tê tê và 3 sừng tê giác, giá 50 triệu đồng.",
            "Gọi 0912 345 678 hoặc số cũ 0168 345 6789, Zalo 84912345678@s.whatsapp.net.",
            "Chuyển khoản STK Vietcombank 0071001234567, hoặc IBAN DE89 3704 0044 0532 0130 00.",
            "USDT: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa,",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.",
            "Xe 38C-123.45 chở ngà voi và cao hổ tới kho 21.0285, 105.8542; điện thoại IMEI 490154203237518.",
            "Pak Budi: sisik trenggiling, cula badak dan gading gajah, Rp 5.000.000, mobil B 1234 XYZ.",
            "Sr. Quispe vende colmillos de jaguar y escamas de pangolín, 5000 USD, camioneta ABC-123,",
            "punto 12°02'49\"S 77°01'43\"W. Mail ban.hang@example.vn, web https://shop.example.com/tt?id=1 .",
            "WWW.Example.com/hang, $5, 2 tấn, +856 20 5555 1234 ext. 12, +84 (912) 345-678x9",
            "Số ０９１２ ３４５ ６７８ và ٠٩١٢٣٤٥٦٧٨, tel+6281234567890, No. rek 1234567890 BCA",
            "ok", "", "x", "12x34x5678", "bc1qqqqqqqqq");

    @Test
    void aGatedFinderSkipsOnlyTextsWhereItFindsNothing() {
        TextEntityExtractor extractor = TextEntityExtractor.standard("VN");
        int checked = 0;
        int skipped = 0;
        for (String text : fragments()) {
            TextTraits traits = TextTraits.of(text);
            for (EntityFinder finder : extractor.finders()) {
                List<EntityMention> found = new ArrayList<>();
                finder.find(text, found);
                if (!finder.mayOccurIn(traits)) {
                    skipped++;
                    assertThat(found).as("what a skipped finder would have found in «%s»", text).isEmpty();
                }
                checked += found.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checked).as("finds among the fragments").isGreaterThan(50);
        assertThat(skipped).as("finders skipped by their gates").isGreaterThan(100);
    }

    @Test
    void traitsCountWhatTheGatesNeed() {
        TextTraits traits = TextTraits.of("Gọi ０９１２ ３４５ 678 nhé, mail a@b.vn, www.x.vn 12°");
        assertThat(traits.digitsInLongestNumberRun).isEqualTo(10);
        assertThat(traits.asciiDigits).isEqualTo(5);
        assertThat(traits.hasAt).isTrue();
        assertThat(traits.mayHoldUrl).isTrue();
        assertThat(TextTraits.of("120 kg vảy, giá 50 triệu").digitsInLongestNumberRun).isEqualTo(3);
    }

    /** Every text, and each of its prefixes and suffixes cut at a space. */
    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>();
        for (String text : TEXTS) {
            fragments.add(text);
            for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
                fragments.add(text.substring(0, i));
                fragments.add(text.substring(i + 1));
            }
        }
        return fragments;
    }
}
