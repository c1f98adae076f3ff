package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Expected values computed with PROJ's cs2cs (EPSG:9209 is VN-2000 / TM-3 zone 105-30, Hà Tĩnh's grid). */
class CoordsCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void aVn2000ProvincialCoordinateWrittenXThenYLandsAtCauTreo() throws Exception {
        assertThat(cli.run("coords", "2033646.5346", "463350.9547", "--crs", "Hà Tĩnh", "--json")).isZero();
        JsonNode result = new ObjectMapper().readTree(cli.out);

        assertThat(result.path("typed").path("readNorthingFirst").asBoolean()).isTrue();
        assertThat(result.path("wgs84").path("lat").asDouble()).isCloseTo(18.386, within(1e-6));
        assertThat(result.path("wgs84").path("lon").asDouble()).isCloseTo(105.155, within(1e-6));
        assertThat(result.path("nearestPlace").path("name").asText()).isEqualTo("Cau Treo");
        assertThat(result.path("nearestPlace").path("distanceKm").asDouble()).isLessThan(3);
    }

    @Test
    void theSamePositionInEasternOrderAndTheNationalUtmGridAgree() throws Exception {
        assertThat(cli.run("coords", "588565.3638", "2325647.3383", "--crs", "EPSG:3405", "--to", "Hà Tĩnh",
                "--json")).isZero();
        JsonNode result = new ObjectMapper().readTree(cli.out);

        assertThat(result.path("typed").path("readNorthingFirst").asBoolean()).isFalse();
        assertThat(result.path("wgs84").path("lat").asDouble()).isCloseTo(21.0285, within(1e-6));
        assertThat(result.path("wgs84").path("lon").asDouble()).isCloseTo(105.8542, within(1e-6));
    }

    @Test
    void latitudeAndLongitudeAsAMapAppShowsThemGiveTheUtmZoneAndVn2000() throws Exception {
        assertThat(cli.run("coords", "21.0285", "105.8542")).isZero();

        assertThat(cli.out).contains("21.0285000, 105.8542000").contains("21°01'42.6\"N 105°51'15.1\"E")
                .contains("EPSG:32648").contains("588565.3");
    }

    @Test
    void anUnknownSystemOrAMissingNumberIsAUsageErrorThatSaysWhatToDo() {
        assertThat(cli.run("coords", "1", "2", "--crs", "Atlantis grid")).isEqualTo(1);
        assertThat(cli.err).contains("Atlantis grid").contains("--list");
        assertThat(cli.run("coords", "2033646")).isEqualTo(1);
    }

    @Test
    void valuesOutsideTheSystemAreBadInputNotASilentPointAtSea() {
        assertThat(cli.run("coords", "95.0", "105.0")).isEqualTo(2);
    }

    @Test
    void degreesMinutesSecondsRoundUpWithoutSixtySeconds() {
        assertThat(CoordsCommand.dms(10.999999, "N", "S")).isEqualTo("11°00'00.0\"N");
        assertThat(CoordsCommand.dms(-12.04694, "N", "S")).isEqualTo("12°02'49.0\"S");
    }
}
