package org.partnerdigest.content;

import java.nio.charset.Charset;

/**
 * A document's bytes decoded to text.
 *
 * @param charset the charset that was used
 * @param doubtful true when the declared charset was unknown or the bytes did not fit it (the
 *     document then counts as recovered)
 */
record DecodedText(String text, Charset charset, boolean doubtful) {}
