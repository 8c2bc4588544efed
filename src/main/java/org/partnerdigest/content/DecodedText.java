package org.partnerdigest.content;

import java.nio.charset.Charset;

/**
 * A document's bytes decoded to text.
 *
 * @param charset the charset that was used
 * @param doubtful true when a declared charset was unknown or impossible for the bytes, or the
 *     bytes did not fit the charset (the document then counts as recovered)
 * @param malformed true when byte sequences invalid in {@code charset} were replaced by U+FFFD
 */
record DecodedText(String text, Charset charset, boolean doubtful, boolean malformed) {}
