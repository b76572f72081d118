package org.doorstep.model.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    @DisplayName("R13-accounts: each row keeps the line it starts on, through quoted commas, quotes and line breaks")
    void rowsKeepTheirLines() {
        CsvFile f = CsvFile.read("\uFEFFUsername,Name\r\namara,\"Okafor, Amara\"\r\n\r\nben,\"Ben \"\"B\"\" Jones\"\ncat,\"two\nlines\"\ndan,Dan\n");
        assertEquals(List.of("username", "name"), f.header());
        assertEquals(List.of(2, 4, 5, 7), f.rows().stream().map(CsvFile.Row::line).toList());
        assertEquals("Okafor, Amara", f.rows().get(0).get("name"));
        assertEquals("Ben \"B\" Jones", f.rows().get(1).get("name"));
        assertEquals("two\nlines", f.rows().get(2).get("name"));
        assertEquals(List.of(), f.unreadable());
        assertEquals(List.of(), f.missing(List.of("username", "name")));
    }

    @Test
    @DisplayName("R13-accounts: a row with too many values or a broken quote is listed with its line, and reading goes on")
    void unreadableRowsAreListed() {
        CsvFile f = CsvFile.read("username,name\namara,Amara,extra\nben,\"Ben\"x\ncat,Cat\ndan,\"never closed\n");
        assertEquals(List.of(2, 3, 5), f.unreadable().stream().map(CsvFile.Unreadable::line).toList());
        assertEquals(List.of(4), f.rows().stream().map(CsvFile.Row::line).toList());
        assertEquals(List.of("role"), f.missing(List.of("username", "role")));
    }
}
