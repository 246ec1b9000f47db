package dev.ferret.core.location;

/**
 * Where an occurrence is, in Macie's terms. Exactly one kind applies to a file type: lines for text, cells for
 * columnar data, records for JSON, pages for PDF.
 */
public sealed interface Location permits LineRange, CellLocation, RecordLocation, PageLocation {
}
