package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

class PhoneNumbersTest {

    private final PhoneNumbers vietnam = new PhoneNumbers("VN");

    @Test
    void anOldElevenDigitVietnameseMobileIsTheCurrentNumberWithTheOldFormAsAlias() {
        NormalisedNumber old = vietnam.normalise("0168 345 6789");
        NormalisedNumber current = vietnam.normalise("038 345 6789");

        assertThat(old.e164()).isEqualTo("+84383456789");
        assertThat(current.e164()).isEqualTo("+84383456789");
        assertThat(old.aliases()).containsExactly("+841683456789");
        assertThat(current.aliases()).containsExactly("+841683456789");
        assertThat(old.raw()).isEqualTo("0168 345 6789");
    }

    @Test
    void everyRenumberedNetworkCodeMapsToItsNewCode() {
        String[][] pairs = {{"0162", "032"}, {"0163", "033"}, {"0164", "034"}, {"0165", "035"}, {"0166", "036"},
            {"0167", "037"}, {"0168", "038"}, {"0169", "039"}, {"0120", "070"}, {"0121", "079"}, {"0122", "077"},
            {"0126", "076"}, {"0128", "078"}, {"0123", "083"}, {"0124", "084"}, {"0125", "085"}, {"0127", "081"},
            {"0129", "082"}, {"0186", "056"}, {"0188", "058"}, {"0199", "059"}};
        for (String[] pair : pairs) {
            assertThat(vietnam.normalise(pair[0] + "1234567").e164()).as(pair[0])
                    .isEqualTo(vietnam.normalise(pair[1] + "1234567").e164());
        }
    }

    @Test
    void anOldNumberInTextIsFoundAsTheCurrentOneWithItsAlias() {
        List<EntityMention> found = TextEntityExtractor.standard("VN").extract("gọi số 01683456789 nhé");

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PHONE);
            assertThat(m.normalisedKey()).isEqualTo("+84383456789");
            assertThat(m.rawValue()).isEqualTo("01683456789");
            assertThat(m.aliases()).extracting(EntityMention.Alias::key).containsExactly("+841683456789");
        });
    }

    @Test
    void aWhatsAppJidIsItsPhoneNumberButAGroupJidIsNot() {
        assertThat(vietnam.fromJid("84912345678@s.whatsapp.net").orElseThrow().e164()).isEqualTo("+84912345678");
        assertThat(vietnam.fromJid("5511999997777:12@s.whatsapp.net").orElseThrow().e164())
                .isEqualTo("+5511999997777");
        assertThat(vietnam.normalise("84912345678@s.whatsapp.net").e164()).isEqualTo("+84912345678");
        assertThat(vietnam.fromJid("84912345678-1600000000@g.us")).isEmpty();
        assertThat(vietnam.fromJid("status@broadcast")).isEmpty();
    }

    @Test
    void aNationalNumberIsReadInTheDefaultRegionAndAnInternationalOneInItsOwn() {
        assertThat(vietnam.normalise("0912 345 678").e164()).isEqualTo("+84912345678");
        assertThat(vietnam.normalise("+1 540-456-1685").e164()).isEqualTo("+15404561685");
        assertThat(new PhoneNumbers("ID").normalise("0812-3456-7890").e164()).isEqualTo("+6281234567890");
        assertThat(vietnam.normalise("1900").e164()).isNull();
    }
}
