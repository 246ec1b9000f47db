package dev.ferret.core.extract.tika;

import dev.ferret.core.extract.segment.Unit;
import dev.ferret.core.location.Location;
import dev.ferret.core.location.PageLocation;

/** A page of a PDF. Keywords may sit anywhere near on the page, so the unit does not bound them. */
record PdfPage(long pageNumber) implements Unit {

    @Override
    public Location locate(long offsetInUnit) {
        return new PageLocation(pageNumber);
    }

    @Override
    public boolean bounded() {
        return false;
    }
}
