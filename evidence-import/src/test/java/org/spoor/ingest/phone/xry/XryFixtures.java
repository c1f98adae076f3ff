package org.spoor.ingest.phone.xry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * XRY "Export to text" files built the way MSAB writes them (UTF-16LE, CRLF, "XRY Export" header
 * whose third line is the report type, records separated by blank lines, {@code Label:<tab>Value}),
 * after the samples in sleuthkit/autopsy's XRY reader tests.
 */
public final class XryFixtures {

    /** The SMS export: an arriving (Deliver) message over two lines, a sent one (Submit), a chat. */
    public static final String MESSAGES = String.join("\n",
            "XRY Export",
            "Created:\t16/03/2023 15:00:00",
            "Messages/SMS",
            "Case:\tHT-2026-0314",
            "Examiner:\tLan",
            "",
            "Messages-SMS #\t1",
            "Text:\tHàng đã tới Cầu Treo.",
            "Vảy tê tê 120 kg, gọi lại: tối nay",
            "Time:\t16/03/2023 14:03:22 (UTC+7)",
            "Type:\tDeliver",
            "Status:\tRead",
            "From",
            "Tel:\t\t+84 912 345 678",
            "Name (Matched):\tAnh Hùng",
            "",
            "Messages-SMS #\t2",
            "Text:\t\tOK, 5000 USD",
            "Time:\t\t3/16/2023 2:10:00 PM UTC",
            "Type: \t\tSubmit",
            "To",
            "Tel:\t\t0987654321",
            "",
            "Messages-SMS #\t3",
            "Text:\tXe biển 38C-123.45",
            "Time:\t1/23/2019 1:23:45 PM UTC+4 (Network)",
            "Direction:\tIncoming",
            "Related Application:\tZalo",
            "From:\t0912345678",
            "");

    /** The call log: missed, dialled with a duration, received (mixed directions). */
    public static final String CALLS = String.join("\n",
            "XRY Export",
            "Created:\t16/03/2023 15:00:00",
            "Calls",
            "Case:\tHT-2026-0314",
            "Examiner:\tLan",
            "",
            "Calls #\t1",
            "Call Type:\tMissed",
            "Time:\t\t3/16/2023 1:23:45 PM (Device)",
            "From",
            "Tel:\t\t+84912345678",
            "",
            "Calls #\t2",
            "Call Type: \tDialed",
            "Time:\t\t3/16/2023 2:34:56 PM (Device)",
            "Duration:\t00:02:05",
            "To",
            "Tel:\t\t0987654321",
            "Name (Matched):\tChị Mai",
            "",
            "Calls #\t3",
            "Call Type: \tReceived",
            "Time:\t\t16/03/2023 21:00:00 (UTC+7)",
            "Duration:\t00:00:20",
            "From",
            "Tel:\t\t0912 345 678",
            "");

    /** Contacts and the device's general information (IMEI, MSISDN as Attribute/Data pairs). */
    public static final String CONTACTS_AND_DEVICE = String.join("\n",
            "XRY Export",
            "Created:\t16/03/2023 15:00:00",
            "Contacts/Contacts",
            "Case:\tHT-2026-0314",
            "Examiner:\tLan",
            "",
            "Contacts-Contacts #\t1",
            "Name:\t\tAnh Hùng",
            "Tel:\t\t+84912345678",
            "Mobile:\t\t0912 000 111",
            "Storage:\tDevice",
            "",
            "Contacts-Contacts #\t2",
            "Name:\t\tXyz",
            "Email:\t\tXYZ@Example.com",
            "Storage:\tSIM",
            "",
            "Device-General Information #\t1",
            "Data:\t356938035643809",
            "Attribute:\tMobile Id (IMEI)",
            "",
            "Device-General Information #\t2",
            "Data:\t+84 988 777 666",
            "Attribute:\tMSISDN",
            "");

    private XryFixtures() {
    }

    /** The text in UTF-16LE with CRLF line ends, with or without the FF FE byte-order mark. */
    public static byte[] utf16le(String text, boolean bom) {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    public static Path write(Path file, String text, boolean bom) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, utf16le(text, bom));
    }
}
