package org.ordo.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilenamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd|passwd",
            "..\\..\\boot.ini|boot.ini",
            "/absolute/path/report.pdf|report.pdf",
            "...|attachment",
            "' '|attachment",
            ".hidden|hidden",
            "trailing dots...|trailing dots",
            "nul|_nul",
            "LPT1.log|_LPT1.log",
            "a:b*c?d.txt|a_b_c_d.txt",
            "Zoë's invoice.pdf|Zoë's invoice.pdf" })
    void keepsTheLastSegmentWithoutMeaningfulCharacters(String sent, String kept) {
        assertEquals(kept, Filenames.sanitise(sent));
    }

    @Test
    void dropsControlAndInvisibleCharacters() {
        assertEquals("invoicefdp.exe", Filenames.sanitise("in\u0000vo\u001bice\u202Efdp\u200B.exe"));
        assertEquals("line one two", Filenames.sanitise("line\none\r\ntwo"));
        assertEquals("attachment", Filenames.sanitise(null));
    }

    @Test
    void normalisesUnicodeToComposedForm() {
        assertEquals("é.txt", Filenames.sanitise("e\u0301.txt"));
    }

    @Test
    void shortensToFileSystemLimitsKeepingTheExtension() {
        String kept = Filenames.sanitise("日".repeat(200) + ".jpeg");
        assertTrue(kept.getBytes(StandardCharsets.UTF_8).length <= Filenames.MAX_UTF8_BYTES, kept);
        assertTrue(kept.endsWith("日.jpeg"), kept);
        assertEquals(Filenames.MAX_UTF8_BYTES, Filenames.sanitise("x".repeat(300)).length());
    }

    @Test
    void aDownloadCarriesAnAsciiNameAndTheExactOne() {
        assertEquals("attachment; filename=\"_ber 100%.txt\"; filename*=UTF-8''%C3%BCber%20100%25.txt",
                Filenames.attachmentDisposition("über 100%.txt"));
    }
}
