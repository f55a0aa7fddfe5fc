package org.openras.engine.sources;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One document the rules cite.
 *
 * @param id how citations name it ({@code charging-regs-2014})
 * @param kind {@code primary} (legislation, statutory guidance, circulars, judgments), {@code
 *     council} (a named council's published policy), {@code secondary} (a page reporting a primary
 *     source, kept where a figure was read there) or {@code repository} (a file of this repository)
 * @param title the document's title
 * @param publisher who publishes it
 * @param date when it was made or published, as precisely as known, or null when not known
 * @param url where to read it, or null for a file of this repository
 * @param path the file of this repository, relative to its root, or null
 * @param paragraph the part of the document the entry is, when it is one part, or null
 * @param note what the document says that the rules rely on, or how it was read, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    String id,
    String kind,
    String title,
    String publisher,
    String date,
    String url,
    String path,
    String paragraph,
    String note) {}
