/**
 * The editors' feed pages: feed health ({@code /admin/feeds}), trying a URL, and curating {@code
 * feeds.yml} from the browser ({@code /admin/catalog/**}): every change reviewed as a diff, written
 * to the file itself, and recorded through {@link org.partnerdigest.web.curation.EditorActions}.
 */
package org.partnerdigest.web.curation;
