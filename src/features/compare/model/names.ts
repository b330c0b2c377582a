/**
 * The comparison's names in one place: its title, its addresses, and the events and custom
 * elements through which its scripts talk. Server code (components, routes, exports) imports the
 * values. Browser code imports only the types and spells each name as a literal of that type:
 * a value shared by two browser scripts would make Vite split it into a chunk of its own, and every
 * article would load one more file. So a misspelt name fails `astro check`, not a reader.
 * public/embed.js cannot import at all; tests/unit/compare/names.test.ts holds it to these names.
 */

/** The comparison's title wherever it stands for the table as a whole (embed, oEmbed, JSON, share sheet). */
export const COMPARE_TITLE = 'Leg pain at night compared';

/** Site paths, without BASE_PATH (urls.ts adds it). */
export const comparePaths = {
	/** The full comparison, for readers. */
	page: '/compare/',
	/** The same table for other sites' iframes. */
	embed: '/embed/compare/',
	/** A page partial: the widget's controls and full table, fetched by an article's comparison. */
	widget: '/compare/widget/',
	csv: '/compare/comparison.csv',
	json: '/compare/comparison.json',
	oembed: '/compare/oembed.json',
	/** The auto-height script other sites paste beside the iframe. */
	hostScript: '/embed.js',
} as const;

/** Events the comparison's elements dispatch. */
export const compareEvents = {
	/** Bubbles from <compare-table> after every change of view; detail.query is the view ("?show=a,b&diff=1"). */
	change: 'compare-change',
	/** Sent by <compare-expand> to a <compare-table> that is defined already: take in the widget it was handed. */
	expand: 'compare-expand',
} as const;

/** The custom elements. */
export const compareElements = {
	table: 'compare-table',
	expand: 'compare-expand',
	copy: 'compare-copy',
} as const;

/** The id prefix of the controls and table in /compare/widget/; an article's table renames them to its own. */
export const WIDGET_ID_PREFIX = 'compare-widget';

/** The message the embed posts to its host page; versioned so the host script can refuse what it does not know. */
export const HEIGHT_MESSAGE_TYPE = 'legs-at-night:height';
export const HEIGHT_MESSAGE_VERSION = 1;

/** The attribute that marks our iframes, so the host script never resizes anyone else's. */
export const EMBED_MARKER = 'data-legs-at-night-embed';

export type ComparePaths = typeof comparePaths;
export type CompareEvents = typeof compareEvents;
export type CompareElements = typeof compareElements;
