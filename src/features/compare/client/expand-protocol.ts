/**
 * How an article's <compare-expand> hands the full comparison to its <compare-table>: the fetched
 * /compare/ page as a property, then (when the widget code is already running) an event. Types
 * only: a shared runtime value would make Vite split a chunk of its own, and the article's loader
 * would stop being inlined into the page (one more request on every article).
 */

/** The event dispatched on a <compare-table> whose expandFrom has just been set. */
export type CompareExpandEvent = 'compare-expand';

/** A <compare-table> element, as <compare-expand> sees it before or after the widget code runs. */
export interface ExpandableTable extends HTMLElement {
	/** The HTML of /compare/, whose full table this one takes in. */
	expandFrom?: string | undefined;
}
