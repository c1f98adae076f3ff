package org.spoor.ingest.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small JPEG carrying a hand-written EXIF block (TIFF 6.0 / EXIF 2.31 layout): camera make and model,
 * DateTimeOriginal with OffsetTimeOriginal, and GPS latitude/longitude, as a phone writes them.
 */
final class ExifJpeg {

    private static final short ASCII = 2;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;
    private static final short BYTE = 1;

    private record Entry(int tag, short type, int count, byte[] value) {
    }

    private ExifJpeg() {
    }

    /** Degrees, minutes, seconds as EXIF rationals; latitude north and longitude east. */
    static byte[] photo(String make, String model, String takenLocal, String offset,
                        int[] latitudeDms, int[] longitudeDms) throws IOException {
        List<Entry> gps = List.of(
                new Entry(0x0000, BYTE, 4, new byte[] {2, 3, 0, 0}),
                new Entry(0x0001, ASCII, 2, ascii("N")),
                new Entry(0x0002, RATIONAL, 3, rationals(latitudeDms)),
                new Entry(0x0003, ASCII, 2, ascii("E")),
                new Entry(0x0004, RATIONAL, 3, rationals(longitudeDms)));
        List<Entry> exif = List.of(
                new Entry(0x9003, ASCII, takenLocal.length() + 1, ascii(takenLocal)),
                new Entry(0x9011, ASCII, offset.length() + 1, ascii(offset)));
        int ifd0Size = ifdSize(4, ascii(make).length + ascii(model).length);
        int exifOffset = 8 + ifd0Size;
        int gpsOffset = exifOffset + ifdSize(exif);
        List<Entry> ifd0 = List.of(
                new Entry(0x010F, ASCII, make.length() + 1, ascii(make)),
                new Entry(0x0110, ASCII, model.length() + 1, ascii(model)),
                new Entry(0x8769, LONG, 1, int32(exifOffset)),
                new Entry(0x8825, LONG, 1, int32(gpsOffset)));
        ByteBuffer tiff = ByteBuffer.allocate(gpsOffset + ifdSize(gps));
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        writeIfd(tiff, 8, ifd0);
        writeIfd(tiff, exifOffset, exif);
        writeIfd(tiff, gpsOffset, gps);
        return jpegWithApp1(tiff.array());
    }

    private static int ifdSize(List<Entry> entries) {
        int data = 0;
        for (Entry entry : entries) {
            data += entry.value().length > 4 ? entry.value().length : 0;
        }
        return ifdSize(entries.size(), data);
    }

    private static int ifdSize(int entries, int data) {
        return 2 + 12 * entries + 4 + data;
    }

    private static void writeIfd(ByteBuffer tiff, int at, List<Entry> entries) {
        int dataAt = at + 2 + 12 * entries.size() + 4;
        tiff.position(at);
        tiff.putShort((short) entries.size());
        for (Entry entry : entries) {
            tiff.putShort((short) entry.tag()).putShort(entry.type()).putInt(entry.count());
            if (entry.value().length <= 4) {
                byte[] padded = new byte[4];
                System.arraycopy(entry.value(), 0, padded, 0, entry.value().length);
                tiff.put(padded);
            } else {
                tiff.putInt(dataAt);
                int back = tiff.position();
                tiff.position(dataAt);
                tiff.put(entry.value());
                dataAt = tiff.position();
                tiff.position(back);
            }
        }
        tiff.putInt(0);
    }

    private static byte[] jpegWithApp1(byte[] tiff) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 120, 60));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int segmentLength = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                      // SOI
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (segmentLength >> 8), (byte) segmentLength});
        out.write(header);
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);        // the rest, JFIF APP0 included
        return out.toByteArray();
    }

    private static byte[] ascii(String value) {
        return (value + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] rationals(int[] dms) {
        ByteBuffer buffer = ByteBuffer.allocate(24);
        for (int part : dms) {
            buffer.putInt(part).putInt(1);
        }
        return buffer.array();
    }

}
