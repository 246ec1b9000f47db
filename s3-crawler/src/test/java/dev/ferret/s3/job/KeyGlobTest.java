package dev.ferret.s3.job;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyGlobTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*.csv|a.csv|true",
            "*.csv|dir/a.csv|false",
            "**.csv|dir/sub/a.csv|true",
            "logs/**|logs/2024/01/x.gz|true",
            "logs/*|logs/2024/x.gz|false",
            "data/?.txt|data/a.txt|true",
            "data/?.txt|data/ab.txt|false",
            "data/?.txt|data//.txt|false",
            "*.{csv,tsv}|a.tsv|true",
            "*.{csv,tsv}|a.json|false",
            "a+b(1).txt|a+b(1).txt|true",
            "a+b(1).txt|aab1.txt|false",
            "x}y|x}y|true",
    })
    void matchesKeysAsStrings(String glob, String key, boolean expected) {
        assertEquals(expected, KeyGlob.of(glob).matches(key), glob + " vs " + key);
    }
}
