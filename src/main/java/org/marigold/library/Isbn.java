package org.marigold.library;

/** A book's ISBN, 10 or 13 digits with a valid check digit; hyphens and spaces are dropped. */
public record Isbn(String value) {

    public Isbn {
        String digits = normalise(value);
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not an ISBN: " + value);
        }
        value = digits;
    }

    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase();
    }

    public static boolean isValid(String text) {
        String digits = normalise(text);
        if (digits.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int digit = digits.charAt(i) == 'X' ? 10 : digits.charAt(i) - '0';
                sum += digit * (10 - i);
            }
            return sum % 11 == 0;
        }
        if (digits.matches("97[89]\\d{10}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}
