package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoor.comms.AttachmentLinks.Outcome;
import org.spoor.comms.AttachmentLinks.Unlinked;

class DumpFilesTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static Outcome find(List<DumpFiles.Item> items, long database, String path, String sha256) {
        return DumpFiles.of(items).find(new Unlinked(99, database, null, path, sha256));
    }

    @Test
    void aWindowsStylePathInAReportMatchesTheEntryOfTheZipThatHoldsIt() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/cases/dump.ufdr", "0"),
                new DumpFiles.Item(2, 1L, "/cases/dump.ufdr!/files/Image/IMG_1.jpg", A));

        assertThat(find(items, 1, "files\\Image\\IMG_1.jpg", null)).isEqualTo(Outcome.linked(99, 2));
    }

    @Test
    void theReportsHashWinsOverAPathThatPointsElsewhere() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/x/dump.ufdr", "0"),
                new DumpFiles.Item(2, 1L, "/x/dump.ufdr!/files/Image/IMG_1.jpg", A),
                new DumpFiles.Item(3, 1L, "/x/dump.ufdr!/files/Image/renamed.jpg", B));

        assertThat(find(items, 1, "files/Image/IMG_1.jpg", B)).isEqualTo(Outcome.linked(99, 3));
    }

    @Test
    void theLongerPathMatchWinsAndTheSameNameElsewhereIsNotTaken() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/d/AppGroup/U/ChatStorage.sqlite", "0"),
                new DumpFiles.Item(2, null, "/d/Documents/x.jpg", A),
                new DumpFiles.Item(3, null, "/d/AppGroup/U/Message/Media/123@s.whatsapp.net/x.jpg", B));

        assertThat(find(items, 1, "Media/123@s.whatsapp.net/x.jpg", null)).isEqualTo(Outcome.linked(99, 3));
    }

    @Test
    void anAbsoluteDevicePathMatchesByItsLastFoldersAndLetterCaseOnlyBreaksTies() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/dump/data/mmssms.db", "0"),
                new DumpFiles.Item(2, null, "/dump/data/com.android.providers.telephony/APP_PARTS/PART_7.jpg", A),
                new DumpFiles.Item(3, null, "/dump/data/com.android.providers.telephony/app_parts/PART_7.jpg", A));

        assertThat(find(items, 1, "/data/user/0/com.android.providers.telephony/app_parts/PART_7.jpg", null))
                .isEqualTo(Outcome.linked(99, 3));
    }

    @Test
    void twoDifferentFilesMatchingEquallyWellAreNamedNotGuessed() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/db/msgstore.db", "0"),
                new DumpFiles.Item(2, null, "/one/Media/IMG_1.jpg", A),
                new DumpFiles.Item(3, null, "/two/Media/IMG_1.jpg", B),
                new DumpFiles.Item(4, null, "/two/Media/IMG_2.jpg", A),
                new DumpFiles.Item(5, null, "/one/Media/IMG_2.jpg", A));

        Outcome outcome = find(items, 1, "Media/IMG_1.jpg", null);

        assertThat(outcome.exhibitId()).isNull();
        assertThat(outcome.problem()).contains("several different files", "SPR-0002", "SPR-0003");
        // The same bytes in two places are one file: the first exhibit is taken.
        assertThat(find(items, 1, "Media/IMG_2.jpg", null)).isEqualTo(Outcome.linked(99, 4));
    }

    @Test
    void amongEqualMatchesTheFileNearestTheDatabaseInTheDumpIsTaken() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/two/msgstore.db", "0"),
                new DumpFiles.Item(2, null, "/one/Media/IMG_1.jpg", A),
                new DumpFiles.Item(3, null, "/two/Media/IMG_1.jpg", B));

        assertThat(find(items, 1, "Media/IMG_1.jpg", null)).isEqualTo(Outcome.linked(99, 3));
    }

    @Test
    void aBareFileNameMatchesOnlyWhenNoFolderIsNeededToTellFilesApart() {
        List<DumpFiles.Item> items = List.of(new DumpFiles.Item(1, null, "/p/msgstore.db", "0"),
                new DumpFiles.Item(2, null, "/p/WhatsApp/Media/IMG-1.jpg", A));

        assertThat(find(items, 1, "IMG-1.jpg", null)).isEqualTo(Outcome.linked(99, 2));
        assertThat(find(items, 1, "Other/IMG-1.jpg", null).problem())
                .isEqualTo("no file of this import at Other/IMG-1.jpg");
        assertThat(find(items, 1, null, null).problem()).isEqualTo("the source gives no path for the file");
    }
}
