package org.doorstep.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    private static String invalid(String input) {
        return assertInstanceOf(NhsNumber.Parsed.Invalid.class, NhsNumber.parse(input)).message();
    }

    @Test
    @DisplayName("R5.1-basic: the check digit of 943 476 5919 worked by hand")
    void checkDigitByHand() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        assertEquals(9, NhsNumber.checkDigit("943476591"));
    }

    @ParameterizedTest
    @CsvSource({
            "943 476 5919, 9434765919",
            "9434765919, 9434765919",
            "'  401 023 2137 ', 4010232137",
            "1234567881, 1234567881"})
    @DisplayName("R5.1-basic: valid NHS numbers, with or without 3-3-4 spaces")
    void valid(String input, String digits) {
        NhsNumber n = assertInstanceOf(NhsNumber.Parsed.Valid.class, NhsNumber.parse(input)).number();
        assertEquals(digits, n.digits());
    }

    @Test
    @DisplayName("R5.1-basic: a check digit of 11 becomes 0")
    void elevenBecomesZero() {
        // 1*3 + 4*2 = 11; 11 mod 11 = 0; 11 - 0 = 11, written as 0
        assertEquals(0, NhsNumber.checkDigit("000000014"));
        assertInstanceOf(NhsNumber.Parsed.Valid.class, NhsNumber.parse("0000000140"));
    }

    @Test
    @DisplayName("R5.1-basic: nine digits whose check would be 10 have no valid number")
    void tenMeansInvalid() {
        assertEquals(10, NhsNumber.checkDigit("123456789"));
        for (int last = 0; last <= 9; last++) {
            assertInstanceOf(NhsNumber.Parsed.Invalid.class, NhsNumber.parse("123456789" + last));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5918", "9434765191", "4857773456", "943 476 9519"})
    @DisplayName("R5.1-basic: a wrong or swapped digit is caught by the check digit")
    void wrongCheckDigit(String input) {
        assertEquals("This is not a valid NHS number: a digit is wrong or two are swapped. "
                + "Check it against a letter or record from the child's GP.", invalid(input));
    }

    @Test
    @DisplayName("R5.1-basic: each kind of mistake gets its own plain message")
    void messages() {
        assertEquals("Enter the NHS number: 10 digits, for example 943 476 5919.", invalid("  "));
        assertEquals("Enter the NHS number: 10 digits, for example 943 476 5919.", invalid(null));
        assertEquals("An NHS number has 10 digits; this has 9.", invalid("943 476 591"));
        assertEquals("An NHS number has 10 digits; this has 11.", invalid("94347659190"));
        assertEquals("An NHS number has only digits and spaces; remove anything else.", invalid("943-476-5919"));
        assertEquals("An NHS number has only digits and spaces; remove anything else.", invalid("943 476 591O"));
        assertEquals("An NHS number has only digits and spaces; remove anything else.", invalid("９４３４７６５９１９"));
        assertEquals("Write the NHS number as 10 digits, or in groups of 3, 3 and 4 like 943 476 5919.",
                invalid("9434 765 919"));
        assertEquals("Write the NHS number as 10 digits, or in groups of 3, 3 and 4 like 943 476 5919.",
                invalid("943  476 5919"));
    }

    @Test
    @DisplayName("R5.1-basic: shown in 3-3-4 groups; the constructor refuses an invalid number")
    void formattedAndGuarded() {
        assertEquals("943 476 5919", new NhsNumber("9434765919").formatted());
        assertThrows(IllegalArgumentException.class, () -> new NhsNumber("9434765918"));
        assertThrows(IllegalArgumentException.class, () -> new NhsNumber("943 476 5919"));
    }
}
