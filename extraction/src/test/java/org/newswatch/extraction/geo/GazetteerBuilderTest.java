package org.newswatch.extraction.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The division names the builder indexes: GeoNames' official names without their administrative words. */
class GazetteerBuilderTest {

    @Test
    void englishSuffixesAndPrefixesAreCut() {
        assertEquals("Idlib", GazetteerBuilder.stripAdminWords("Idlib Governorate"));
        assertEquals("Kharkiv", GazetteerBuilder.stripAdminWords("Kharkiv Oblast"));
        assertEquals("Borno", GazetteerBuilder.stripAdminWords("State of Borno"));
    }

    @Test
    void frenchSpanishAndPortugueseDivisionsLoseTheirNounAndParticle() {
        assertEquals("Yatenga", GazetteerBuilder.stripAdminWords("Province du Yatenga"));
        assertEquals("Oudalan", GazetteerBuilder.stripAdminWords("Province de l'Oudalan"));
        assertEquals("Mopti", GazetteerBuilder.stripAdminWords("Region de Mopti"));
        assertEquals("Douentza", GazetteerBuilder.stripAdminWords("Cercle de Douentza"));
        assertEquals("Antioquia", GazetteerBuilder.stripAdminWords("Departamento de Antioquia"));
        assertEquals("Cabo Delgado", GazetteerBuilder.stripAdminWords("Provincia de Cabo Delgado"));
        assertEquals("Séno", GazetteerBuilder.stripAdminWords("Province du Séno"));
        assertEquals("Tillabéri", GazetteerBuilder.stripAdminWords("Département de Tillabéri"));
        assertEquals("Djelfa", GazetteerBuilder.stripAdminWords("Daïra de Djelfa"));
        assertEquals("San Isidro", GazetteerBuilder.stripAdminWords("Partido de San Isidro"));
    }

    @Test
    void aNameThatIsOnlyAnAdministrativeWordIsKept() {
        assertEquals("Province", GazetteerBuilder.stripAdminWords("Province"));
        assertEquals("Centre", GazetteerBuilder.stripAdminWords("Centre"));
    }
}
