package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * A decimal-degree pair ({@code 41.948614,-87.655311}): latitude within ±90, longitude within ±180, and not both zero
 * (the "null island" placeholder).
 */
public final class LatitudeLongitudeValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String[] parts = value.split("[,; ]+");
        if (parts.length != 2) {
            return false;
        }
        try {
            double latitude = Double.parseDouble(parts[0]);
            double longitude = Double.parseDouble(parts[1]);
            return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && (latitude != 0 || longitude != 0);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
