package org.spoor.ingest.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vi|Lực lượng kiểm lâm đã thu giữ hơn một trăm hai mươi kilôgam vảy tê tê tại cảng Hải Phòng vào sáng"
            + " thứ Ba, theo báo cáo của cơ quan điều tra.",
        "id|Petugas bea cukai menyita lebih dari seratus kilogram sisik trenggiling di pelabuhan Tanjung Priok"
            + " pada hari Selasa, menurut laporan penyidik.",
        "es|Los agentes de aduanas incautaron más de cien kilos de escamas de pangolín en el puerto el martes,"
            + " según el informe de los investigadores.",
        "th|เจ้าหน้าที่ศุลกากรยึดเกล็ดตัวนิ่มมากกว่าหนึ่งร้อยกิโลกรัมที่ท่าเรือเมื่อวันอังคาร"
            + " ตามรายงานของพนักงานสอบสวน",
        "km|មន្ត្រីគយបានរឹបអូសស្រកាសត្វល្មូនជាងមួយរយគីឡូក្រាមនៅកំពង់ផែកាលពីថ្ងៃអង្គារ"
            + " យោងតាមរបាយការណ៍របស់អ្នកស៊ើបអង្កេត",
        "lo|ເຈົ້າໜ້າທີ່ພາສີໄດ້ຍຶດເກັດລີ່ນຫຼາຍກວ່າໜຶ່ງຮ້ອຍກິໂລກຣາມຢູ່ທ່າເຮືອໃນວັນອັງຄານ ຕາມລາຍງານຂອງເຈົ້າໜ້າທີ່ສືບສວນ",
        "mn|Гаалийн байцаагч нар мягмар гарагт боомт дээр зуу гаруй килограмм хайрс хураан авсан гэж мөрдөн"
            + " байцаагчийн тайланд дурджээ. Үүнийг хилийн мэргэжилтнүүд шалгасан.",
        "ru|Таможенники изъяли более ста килограммов чешуи панголина в порту во вторник, говорится в отчёте"
            + " следователей.",
        "en|Customs officers seized more than one hundred kilograms of pangolin scales at the port on Tuesday,"
            + " according to the investigators' report."
    })
    void recognisesTheLanguagesOfTheCase(String expected, String text) {
        assertThat(guesser.guess(text)).isEqualTo(expected);
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(guesser.guess("12 kg")).isNull();
        assertThat(guesser.guess("")).isNull();
    }
}
