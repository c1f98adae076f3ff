package org.spoor.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CaseAnalyzersTest {

    private final Analyzer folding = new FoldingAnalyzer();
    private final Analyzer exact = new ExactAnalyzer();

    @Test
    void vietnameseIsFoldedToPlainLettersIncludingTheBarredD() throws IOException {
        assertThat(tokens(folding, "Đường dây buôn bán VẢY TÊ TÊ")).containsExactly(
                "duong", "day", "buon", "ban", "vay", "te", "te");
    }

    @Test
    void theExactFieldKeepsDiacriticsButNotCase() throws IOException {
        assertThat(tokens(exact, "VẢY tê tê")).containsExactly("vảy", "tê", "tê");
    }

    @Test
    void decomposedVietnameseMeetsComposedVietnameseInTheExactField() throws IOException {
        String decomposed = java.text.Normalizer.normalize("vảy", java.text.Normalizer.Form.NFD);

        assertThat(tokens(exact, decomposed)).containsExactly("vảy");
    }

    @Test
    void laoRunOnTextIsBrokenIntoDictionaryWords() throws IOException {
        assertThat(tokens(folding, "ເຈົ້າໜ້າທີ່ຍຶດເກັດລີ່ນແລະງາຊ້າງຢູ່ດ່ານຊາຍແດນ"))
                .contains("ຍຶດ", "ເກັດ", "ແລະ", "ງາຊ້າງ", "ຊາຍແດນ");
    }

    @Test
    void khmerRunOnTextIsBrokenIntoDictionaryWords() throws IOException {
        assertThat(tokens(folding, "អាជ្ញាធរបានរឹបអូសស្រកាខ្លាដំបងនិងស្នែងរមាសនៅព្រំដែន"))
                .contains("ស្រកា", "ខ្លាដំបង", "និង", "ស្នែង", "រមាស");
    }

    @Test
    void thaiRunOnTextIsBrokenAndItsToneMarksKept() throws IOException {
        assertThat(tokens(folding, "เจ้าหน้าที่ยึดเกล็ดลิ่นและนอแรดที่ชายแดน"))
                .contains("เกล็ด", "ลิ่น", "นอ", "แรด");
    }

    @Test
    void mongolianCyrillicIsLowerCasedAndFolded() throws IOException {
        assertThat(tokens(folding, "ХИРСНИЙ ЭВЭР")).containsExactly("хирснии", "эвэр");
        assertThat(tokens(exact, "ХИРСНИЙ ЭВЭР")).containsExactly("хирсний", "эвэр");
    }

    @Test
    void spanishAndIndonesianStemmersStripOnlyInflection() throws IOException {
        assertThat(tokens(StemmingAnalyzer.spanish(), "escamas Pangolín")).containsExactly("escam", "pangolin");
        assertThat(tokens(StemmingAnalyzer.indonesian(), "trenggilingnya disembunyikan"))
                .containsExactly("trenggiling", "disembunyikan");
    }

    @Test
    void fileNamesBreakAtDotsUnderscoresAndDashes() throws IOException {
        assertThat(tokens(new FileNameAnalyzer(), "IMG_2034.JPG sổ-cái.xlsx"))
                .containsExactly("img", "2034", "jpg", "so", "cai", "xlsx");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
