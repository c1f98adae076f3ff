package org.spoor.reports.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CallRow;
import org.spoor.reports.bundle.model.CaseSummary;
import org.spoor.reports.bundle.model.CustodyEvent;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;
import org.spoor.reports.bundle.model.OffenceElementLink;
import org.spoor.reports.bundle.model.PersonRow;
import org.spoor.reports.bundle.model.Redaction;
import org.spoor.reports.bundle.model.TimelineRow;

/**
 * A made-up pangolin-scale trafficking case in Viet Nam, with one exhibit of each kind, one
 * informant exhibit and one not-for-disclosure exhibit carrying recognisable canary strings, and a
 * redaction. {@link #withExhibits(int)} scales it up for the benchmark.
 */
public final class SampleCase {

    public static final String VIETNAMESE = "Đối tượng vận chuyển 12 kg vảy tê tê từ Lào về Hà Nội";
    public static final String INFORMANT_CANARY = "CANARY-INFORMANT-Nguyễn-Văn-Khế-0912-555-017";
    public static final String INFORMANT_REF = "SPR-0007";
    public static final String SECRET_CANARY = "CANARY-TECHNIQUE-cell-site-simulator-77";
    public static final String SECRET_REF = "SPR-0008";
    public static final String REDACTED_CANARY = "CANARY-REDACTED-witness-home-Số-14-ngõ-9";
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 3, 5, 9, 15, 0, 0, HANOI);

    private SampleCase() {
    }

    public static BundleRequest standard() {
        return withExhibits(6);
    }

    /** The six kinds of disclosed exhibits repeated to {@code disclosed} exhibits, plus the two withheld ones. */
    public static BundleRequest withExhibits(int disclosed) {
        return withExhibits(disclosed, photo());
    }

    /** As {@link #withExhibits(int)}, with the given picture for every photograph exhibit and the map. */
    public static BundleRequest withExhibits(int disclosed, byte[] photo) {
        List<ExhibitEntry> exhibits = new ArrayList<>();
        List<CustodyEvent> custody = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < disclosed; i++) {
            if (number == 7) {
                number = 9;
            }
            String ref = String.format(Locale.ROOT, "SPR-%04d", number++);
            exhibits.add(exhibit(ref, i % 6, photo));
            custody.add(new CustodyEvent(ref, T0.plusMinutes(i), "Seized", "Sgt. Trần Minh", "Nội Bài cargo terminal",
                    "Sealed in bag " + ref));
            custody.add(new CustodyEvent(ref, T0.plusHours(3).plusMinutes(i), "Imaged and hashed", "Lt. Phạm Thu",
                    "C04 forensic lab", "Write-blocker WB-2"));
        }
        exhibits.add(withheld(INFORMANT_REF, Disclosure.INFORMANT, INFORMANT_CANARY));
        exhibits.add(withheld(SECRET_REF, Disclosure.NOT_FOR_DISCLOSURE, SECRET_CANARY));
        custody.add(new CustodyEvent(INFORMANT_REF, T0, "Received", INFORMANT_CANARY, "", ""));
        CaseSummary summary = new CaseSummary("Operation Vảy Bạc — pangolin scales, Nội Bài", "VN-2024-0412",
                "Environmental Police (C05), Hà Nội", "Lt. Phạm Thu", "People's Procuracy of Hà Nội", "VN",
                LocalDate.of(2024, 6, 1), "OFFICIAL-SENSITIVE — LAW ENFORCEMENT ONLY — MẬT",
                VIETNAMESE + ".\n\nThe suspects moved pangolin scales (vảy tê tê) and saiga horn (бөхөн эвэр) "
                        + "bought in Laos (ຂາຍນໍ້າມັນ) through Nội Bài airport. Khmer-language messages (ខ្ញុំ) "
                        + "and Thai invoices (น้ำ) are among the exhibits; the buyer's notes name the goods in Chinese "
                        + "(穿山甲片, 犀角).");
        List<OffenceElementLink> links = List.of(
                new OffenceElementLink("VN-PC-244.act", List.of("SPR-0001", "SPR-0003", INFORMANT_REF)),
                new OffenceElementLink("VN-PC-244.species", List.of("SPR-0002")),
                new OffenceElementLink("VN-PC-244.quantity", List.of("SPR-0001")));
        List<TimelineRow> timeline = List.of(
                new TimelineRow(T0.minusDays(2), "Buyer and seller agree the price by chat", List.of("SPR-0003")),
                new TimelineRow(T0.minusDays(1), "Tip-off received", List.of(INFORMANT_REF)),
                new TimelineRow(T0, "Consignment seized at Nội Bài", List.of("SPR-0001", "SPR-0002")));
        List<PersonRow> people = List.of(
                new PersonRow("Lê Văn Hùng", "Suspect (buyer)", List.of("+84 912 000 111"), List.of("SPR-0003")),
                new PersonRow("Informant handler", "Source", List.of("+84 912 555 017"), List.of(INFORMANT_REF)));
        return new BundleRequest(summary, exhibits, custody, List.of("VN-PC-244"), links, photo,
                "Seizure location and the route of the consignment (synthetic map for the test)", timeline, people,
                List.of(new Redaction("SPR-0001", REDACTED_CANARY)));
    }

    private static ExhibitEntry exhibit(String ref, int kind, byte[] photo) {
        String[] descriptions = {"Seizure report (biên bản thu giữ)", "Photograph of the consignment",
            "WhatsApp thread, suspect's phone", "Call log, suspect's phone", "Lao invoice ຂາຍນໍ້າມັນ",
            "Khmer and Thai notes ខ្ញុំ น้ำ"};
        ExhibitContent content;
        switch (kind) {
            case 0:
                content = new DocumentText(VIETNAMESE + ".\n\nNhân chứng sống tại " + REDACTED_CANARY
                        + " đã xác nhận.\n\nTổng khối lượng: 12,4 kg.");
                break;
            case 1:
                Map<String, String> exif = new LinkedHashMap<>();
                exif.put("Make", "Samsung");
                exif.put("DateTimeOriginal", "2024:03:05 09:20:11");
                exif.put("GPS", "21.2187 N, 105.8042 E");
                content = new ImageContent(photo, exif);
                break;
            case 2:
                content = new MessageThread("Hùng ↔ Seller", List.of(
                        new MessageLine(T0.minusDays(2), "Hùng", "Còn hàng vảy tê tê không? 12 kg", "msgstore.db #2214"),
                        new MessageLine(T0.minusDays(2).plusMinutes(3), "Seller", "ມີ, ລາຄາ 1500 USD/kg",
                                "msgstore.db #2215")));
                break;
            case 3:
                content = new CallLogTable(List.of(
                        new CallRow(T0.minusHours(5), "outgoing", "+856 20 5555 1234", "Seller", Duration.ofSeconds(95),
                                "calllog.db #88"),
                        new CallRow(T0.minusHours(1), "missed", "+84 912 000 222", "", Duration.ZERO, "calllog.db #91")));
                break;
            case 4:
                content = new DocumentText("ໃບເກັບເງິນ: ເກັດລີ່ນ 12 ກິໂລ — ຂາຍນໍ້າມັນ");
                break;
            default:
                content = new DocumentText("ខ្ញុំលក់ស្បែកខ្លា — งาช้างและนอแรด — бөхөн эвэр");
        }
        byte[] original = (ref + descriptions[kind]).getBytes(StandardCharsets.UTF_8);
        return new ExhibitEntry(ref, descriptions[kind], "Suspect's phone (UFDR extraction)", "Nội Bài cargo terminal",
                T0, "SEAL-" + ref, "Lt. Phạm Thu", hash("SHA-256", original), hash("MD5", original),
                kind == 1 ? "image/png" : "text/plain", Disclosure.DISCLOSABLE, content);
    }

    private static ExhibitEntry withheld(String ref, Disclosure disclosure, String canary) {
        byte[] original = canary.getBytes(StandardCharsets.UTF_8);
        return new ExhibitEntry(ref, "Report " + canary, canary, canary, T0, canary, canary,
                hash("SHA-256", original), hash("MD5", original), "text/plain", disclosure,
                new DocumentText("Statement: " + canary));
    }

    public static String hash(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x6b, 0x8e, 0x23));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x8b, 0x5a, 0x2b));
        for (int i = 0; i < 12; i++) {
            g.fillOval(20 + i * 24, 60 + (i % 3) * 30, 30, 22);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
