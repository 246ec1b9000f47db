package dev.ferret.identifiers.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Validators whose rules are ranges, formats or parsers rather than check digits: one row per rule. */
class FormatValidatorsTest {

    @ParameterizedTest(name = "SSN {0} -> {1}")
    @CsvSource({
            "536-90-4399, true", "536904399, true", "536 90 4399, true",
            "000-12-3456, false", "666-12-3456, false", "900-12-3456, false", "536-00-4399, false",
            "536-90-0000, false", "078-05-1120, false", "219-09-9999, false", "536-90 4399, false"})
    void ssn(String value, boolean valid) {
        assertEquals(valid, new UsSsnValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "ITIN {0} -> {1}")
    @CsvSource({
            "900-50-0000, true", "900-65-1234, true", "900-70-1234, true", "900-88-1234, true", "900-90-1234, true",
            "900-92-1234, true", "900-94-1234, true", "900-99-1234, true",
            "900-49-1234, false", "900-66-1234, false", "900-69-1234, false", "900-89-1234, false",
            "900-93-1234, false", "800-70-1234, false"})
    void itin(String value, boolean valid) {
        assertEquals(valid, new UsItinValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "NINO {0} -> {1}")
    @CsvSource({
            "AB123456C, true", "AB 12 34 56 C, true", "ZY123456D, true",
            "DA123456A, false", "AD123456A, false", "FA123456A, false", "IA123456A, false", "QA123456A, false",
            "UA123456A, false", "VA123456A, false", "AO123456A, false", "BG123456A, false", "GB123456A, false",
            "NK123456A, false", "KN123456A, false", "TN123456A, false", "NT123456A, false", "ZZ123456A, false",
            "AB123456E, false"})
    void nino(String value, boolean valid) {
        assertEquals(valid, new UkNinoValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "DOB {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "03/15/1985; true", "15/03/1985; true", "1985-03-15; true", "15.03.85; true", "29/02/2000; true",
            "March 15, 1985; true", "15th of Mar 1985; true", "1985 Mar 15; true", "1990-07-04T00:00:00Z; true",
            "02/30/1985; false", "29/02/1900; false", "13/13/1985; false", "03/15/1899; false", "03/15/2999; false",
            "03/15-1985; false", "Foo 15, 1985; false", "1985-02-30; false"})
    void dateOfBirth(String value, boolean valid) {
        assertEquals(valid, new DateOfBirthValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "IP {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "192.168.1.20; true", "0.0.0.0; true", "255.255.255.255; true",
            "2001:db8::8a2e:370:7334; true", "2001:0db8:0000:0000:0000:8a2e:0370:7334; true", "fe80::1; true",
            "64:ff9b::192.0.2.128; true",
            "256.1.1.1; false", "1.2.3; false", "1.2.3.4.5; false", "192.168.01.1; false", "12:30:45; false",
            "00:1a:2b:3c:4d:5e; false", "1::2::3; false", "1:2:3:4:5:6:7:8:9; false", "12345::1; false"})
    void ipAddress(String value, boolean valid) {
        assertEquals(valid, new IpAddressValidator().isValid(value, false));
    }

    @ParameterizedTest(name = "e-mail {0} -> {1}")
    @CsvSource({
            "jane.doe@example.com, true", "j_smith+news@mail.example.co.uk, true",
            ".jane@example.com, false", "jane.@example.com, false", "jane..doe@example.com, false",
            "logo@2x.png, false", "jane@-example.com, false", "jane@example-.com, false"})
    void email(String value, boolean valid) {
        assertEquals(valid, new EmailAddressValidator().isValid(value, false));
    }

    @ParameterizedTest(name = "phone {0} keyword={1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "+1 650-253-0000; false; true", "(415) 555-2671; true; true", "416.979.2100; true; true",
            "(415) 555-2671; false; false", "+1 999 555 0123; true; false", "+1 211 555 0123; true; false"})
    void northAmericanPhone(String value, boolean keywordNearby, boolean valid) {
        assertEquals(valid, new PhoneNumberValidator("US", "CA").isValid(value, keywordNearby));
    }

    @ParameterizedTest(name = "basic auth {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l; true",
            "proxy-authorization: basic amRvZTpTM2NyM3QhcGFzcw==; true",
            "Authorization: Basic dXNlcjpCYXNpYw==; true",
            "Authorization: Basic anVzdGF0b2tlbnZhbHVl; false",
            "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1lx; false",
            "Authorization: Basic Og==; false",
            "Authorization: Basic /w==; false"})
    void basicAuth(String value, boolean valid) {
        assertEquals(valid, new BasicAuthHeaderValidator().isValid(value, false));
    }

    @ParameterizedTest(name = "AWS key {0} -> {1}")
    @CsvSource({
            "7GfP6R7o425U85hfj/ej4JkeiqoKRTdxTbI10q71, true",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, false",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY, false",
            "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12, false",
            "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ, false"})
    void awsSecretKey(String value, boolean valid) {
        assertEquals(valid, new AwsSecretKeyValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "phone {0} {1} keyword={2} -> {3}")
    @CsvSource(delimiter = ';', value = {
            "GB; 020 7946 0958; true; true", "GB; 020 7946 0958; false; false", "GB; +44 20 7946 0958; false; true",
            "GB; +33 1 42 68 53 00; false; false", "FR; +33 1 42 68 53 00; false; true", "DE; 030 12345678; true; true",
            "IT; 347 1234567; true; true", "ES; 412 345 678; true; false", "BR; (11) 91234-5678; true; true"})
    void phoneNumbersOfOneRegion(String region, String value, boolean keywordNearby, boolean valid) {
        assertEquals(valid, new PhoneNumberValidator(region).isValid(value, keywordNearby));
    }

    @ParameterizedTest(name = "UK driving licence {0} -> {1}")
    @CsvSource({"MORGA753116SM9IJ, true", "SMITH862104JJ9AB, true", "MORGA713116SM9IJ, false", "MORGA753416SM9IJ, false",
            "MO9GA753116SM9IJ, false", "MORGA750016SM9IJ, false"})
    void ukDrivingLicence(String value, boolean valid) {
        assertEquals(valid, new UkDrivingLicenceValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "coordinates {0} -> {1}")
    @CsvSource(delimiter = ';', value = {"41.948614,-87.655311; true", "-33.8688, 151.2093; true", "90.0 180.0; true",
            "90.1,10.0; false", "10.0,-180.5; false", "0.0,0.0; false"})
    void latitudeLongitude(String value, boolean valid) {
        assertEquals(valid, new LatitudeLongitudeValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "placeholder {0} -> {1}")
    @CsvSource({"12.345.678, true", "99.999.999, false", "00000000, false", "AB0000000, false", "EA 123456, true", "WD 12, true"})
    void placeholders(String value, boolean valid) {
        assertEquals(valid, new NotPlaceholderValidator().isValid(value, true));
    }

    @ParameterizedTest(name = "Mexican generic RFC {0} is never reported")
    @CsvSource({"XAXX010101000", "XEXX010101000"})
    void genericRfcs(String value) {
        assertEquals(false, MexicoRfcValidator.individual().isValid(value, true));
    }

    @ParameterizedTest(name = "Argentine DNI {0} -> {1}")
    @CsvSource({"12.345.678, true", "30123456, true", "5.123.456, true", "99.999.999, false", "12.345.678-Z, false",
            "75157390Z, false", "75157390 Z, false"})
    void argentineDniIsNeverASpanishOne(String value, boolean valid) {
        assertEquals(valid, new ArgentinaDniValidator().isValid(value, true));
    }
}
