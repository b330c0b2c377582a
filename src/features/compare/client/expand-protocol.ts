/**
 * How an article's <compare-expand> hands the widget to its <compare-table>: the parsed
 * /compare/widget/ partial as a property, then (when the widget code is already running) an event.
 * Types only: a runtime value shared by the two scripts would make Vite split a chunk of its own,
 * and the article's loader would stop being inlined into the page (one more request on every article).
 */
import type { CompareEvents } from '../model/names.ts';

/** The event dispatched on a <compare-table> whose expandFrom has just been set. */
export type CompareExpandEvent = CompareEvents['expand'];

/** A <compare-table> element, as <compare-expand> sees it before or after the widget code runs. */
export interface ExpandableTable extends HTMLElement {
	/** /compare/widget/, parsed: its [data-compare-widget] holds the controls and the full table. */
	expandFrom?: Document | undefined;
}
