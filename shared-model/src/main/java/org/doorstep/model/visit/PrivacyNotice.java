package org.doorstep.model.visit;

/**
 * Whether the family was given the privacy notice at this visit, and in which language or format
 * (R3-privacy-notice), e.g. "English, printed leaflet" or "Polish, read aloud by the interpreter".
 */
public record PrivacyNotice(Boolean given, String languageOrFormat) {

    public boolean wasGiven() {
        return Boolean.TRUE.equals(given);
    }
}
