package org.spoor.search.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spoor.search.IndexedItem;

class WatchListMatcherTest {

    private static final WatchList SUSPECTS = new WatchList(1, "Suspects",
            List.of("Nguyễn Văn Hùng", "+84 912 345 678", "Hải Long 09"));
    private static final WatchList SPECIES = new WatchList(2, "Species",
            List.of("vảy tê tê", "trenggiling", "ງາຊ້າງ", "นอแรด", "2034"));

    private final WatchListMatcher matcher = new WatchListMatcher(List.of(SUSPECTS, SPECIES));

    @Test
    void aNameIsFoundWithoutItsDiacriticsAndInAnyCase() {
        List<WatchHit> hits = matcher.matches(item("Gửi anh NGUYEN VAN HUNG 3 bao hàng."));

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.watchListName()).isEqualTo("Suspects");
            assertThat(hit.entry()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(hit.exhibitId()).isEqualTo(77L);
            assertThat(hit.fileName()).isEqualTo("chat.txt");
            assertThat(hit.context().marked()).isEqualTo("Gửi anh «NGUYEN VAN HUNG» 3 bao hàng.");
        });
    }

    @Test
    void theWordsOfAnEntryMustFollowEachOther() {
        assertThat(matcher.matches(item("Hùng gặp Nguyễn Văn Tuấn"))).isEmpty();
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsWritten() {
        assertThat(entries(matcher.matches(item("Liên hệ 0912.345.678 sau 9 giờ"))))
                .containsExactly("+84 912 345 678");
        assertThat(entries(matcher.matches(item("tel:+84912345678")))).containsExactly("+84 912 345 678");
        assertThat(entries(matcher.matches(item("gọi 0912 345 679")))).isEmpty();
    }

    @Test
    void aShortNumberIsAWordAndMatchesOnlyWhole() {
        assertThat(entries(matcher.matches(item("Container 2034 tại cảng")))).containsExactly("2034");
        assertThat(entries(matcher.matches(item("Container 20345 tại cảng")))).isEmpty();
    }

    @Test
    void runOnScriptsMatchWordsInsideASentence() {
        assertThat(entries(matcher.matches(item("ເຈົ້າໜ້າທີ່ຍຶດເກັດລີ່ນແລະງາຊ້າງຢູ່ດ່ານຊາຍແດນ"))))
                .containsExactly("ງາຊ້າງ");
        assertThat(entries(matcher.matches(item("เจ้าหน้าที่ยึดเกล็ดลิ่นและนอแรดที่ชายแดน"))))
                .containsExactly("นอแรด");
    }

    @Test
    void fileNamesAndMetadataAreCheckedToo() {
        IndexedItem message = new IndexedItem(78, "hai-long-09-manifest.pdf", "application/pdf", "Danh sách hàng",
                "vi", Instant.EPOCH, "Tổ công tác", "document", Map.of("from", "+84 912 345 678"));

        assertThat(entries(matcher.matches(message))).containsExactlyInAnyOrder("Hải Long 09", "+84 912 345 678");
    }

    @Test
    void anEntryFoundManyTimesIsOneHitMarkedWhereFirstFound() {
        List<WatchHit> hits = matcher.matches(item("Trenggiling pertama. Lalu trenggiling kedua."));

        assertThat(hits).singleElement().satisfies(hit ->
                assertThat(hit.context().marked()).startsWith("«Trenggiling» pertama"));
    }

    @Test
    void aLongTextGivesAShortContextCutAtWords() {
        String text = "mở đầu ".repeat(40) + "lô hàng vảy tê tê đã tới" + " kết thúc".repeat(40);

        WatchHit hit = matcher.matches(item(text)).get(0);

        assertThat(hit.context().text()).hasSizeLessThan(160).startsWith("…").endsWith("…");
        assertThat(hit.context().hitTexts()).containsExactly("vảy tê tê");
    }

    private static IndexedItem item(String text) {
        return new IndexedItem(77, "chat.txt", "text/plain", text, "vi", Instant.EPOCH, "Tổ công tác", "message",
                Map.of());
    }

    private static List<String> entries(List<WatchHit> hits) {
        return hits.stream().map(WatchHit::entry).toList();
    }
}
