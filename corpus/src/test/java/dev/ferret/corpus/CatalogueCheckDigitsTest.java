package dev.ferret.corpus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check-digit code the registers build valid values with, on published examples of each scheme. */
class CatalogueCheckDigitsTest {

    @Test
    void ibanCheckDigitsAreIso7064Mod97() {
        assertEquals("82", CheckDigits.ibanCheckDigits("GB", "WEST12345698765432")); // GB82 WEST 1234 5698 7654 32
        assertEquals("89", CheckDigits.ibanCheckDigits("DE", "370400440532013000"));
        assertEquals("47", CheckDigits.ibanCheckDigits("AL", "212110090000000235698741"));
    }

    @Test
    void healthAndPrescriberChecksMatchTheirPublishedExamples() {
        assertEquals(3, CheckDigits.luhn("80840" + "123456789")); // CMS's NPI example 1234567893
        assertEquals(3, CheckDigits.dea("123456")); // AB1234563
        assertEquals(1, CheckDigits.gs1("400638133393")); // EAN-13 4006381333931
        assertEquals('G', CheckDigits.hibcc("+A123BJC5D6E71")); // HIBCC primary +A123BJC5D6E71G
        assertEquals('T', CheckDigits.finnishIdentityCode("131052308")); // DVV's example 131052-308T
        // BC PHN 9876 543 218: 8·2 + 7·4 + 6·8 + 5·5 + 4·10 + 3·9 + 2·7 + 1·3 = 201, 11 - 201 mod 11 = 8
        assertEquals(8, CheckDigits.bcPhn("987654321"));
        assertEquals(-1, CheckDigits.bcPhn("900000000")); // sum 0: 11 - 0 = 11, no such PHN
    }

    @Test
    void vinCheckCharacterIsIso3779() {
        assertEquals('X', CheckDigits.vin("1M8GDM9A0KP042788")); // the NHTSA example 1M8GDM9AXKP042788
    }

    @Test
    void tokenChecksumIsCrc32InSixBase62Digits() {
        assertEquals("3jZRME", CheckDigits.tokenCrc32("123456789")); // CRC-32 check value 0xCBF43926
    }
}
