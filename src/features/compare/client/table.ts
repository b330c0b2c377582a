/**
 * <compare-table>: enhances the server-rendered comparison table. Readers choose the conditions
 * (never fewer than two), may hide rows that say the same for all of them, and share the view.
 * On /compare/ and the embed the view lives in the URL (?show=…&diff=1, replaceState, so Back still
 * leaves the page). URL values only ever pick from the ids already in the page: nothing from the
 * URL is rendered. Hiding is by data attributes that only screen CSS honours, so print shows all.
 */
import { MIN_SHOWN, parseCompareState, serialiseCompareState, type CompareState } from '../model/state.ts';
import { rowsToHide, type DiffRow } from '../model/comparison.ts';
import type { CompareElements, CompareEvents } from '../model/names.ts';
import type { CompareExpandEvent, ExpandableTable } from './expand-protocol.ts';

// Names as literals of model/names.ts's types (see there why not imported values).
const EXPAND: CompareExpandEvent = 'compare-expand';
const CHANGE: CompareEvents['change'] = 'compare-change';
const TABLE: CompareElements['table'] = 'compare-table';

/** Sent (bubbling) after every change of view; `query` is the view alone, e.g. "?show=a,b&diff=1". */
export type CompareChangeEvent = CustomEvent<{ query: string }>;

/**
 * A <compare-table> as an element that follows it sees it. The table announces its first view (from
 * the URL) while it sets up, which may be before a follower's script has run, so a follower reads
 * `view` when it connects and listens for compare-change after. Undefined until the table is set up.
 */
export interface CompareViewSource extends HTMLElement {
	readonly view?: string | undefined;
}

const list = (value: string | undefined): string[] => (value ? value.split(',') : []);

class CompareTable extends HTMLElement implements ExpandableTable, CompareViewSource {
	// declare: no class field, which on upgrade would wipe the widget <compare-expand> set beforehand.
	declare expandFrom?: Document | undefined;
	#ids: string[] = [];
	#fallback: CompareState = { show: [], diff: false };
	#state: CompareState = { show: [], diff: false };
	#boxes: HTMLInputElement[] = [];
	#diff: HTMLInputElement | null = null;
	#status: HTMLElement | null = null;
	#rows: DiffRow[] = [];
	#view: string | undefined;

	/** The current view as a query ("?show=a,b&diff=1", "" for the whole table); see CompareViewSource. */
	get view(): string | undefined {
		return this.#view;
	}

	connectedCallback(): void {
		// An article's table: its <compare-expand> may hand it the full table now or later.
		this.addEventListener(EXPAND, () => this.#expand());
		if (this.expandFrom !== undefined) this.#expand();
		else this.#setUp();
	}

	/**
	 * Takes in the controls and the full table of the /compare/widget/ partial in expandFrom, under
	 * this table's own id prefix and keeping its own heading, then sets up as on /compare/ and puts
	 * focus on the first choice. The partial carries no <style>: this page has the styles already.
	 */
	#expand(): void {
		const widget = this.expandFrom?.querySelector<HTMLElement>('[data-compare-widget]');
		this.expandFrom = undefined;
		const controls = widget?.querySelector('fieldset');
		const scroll = widget?.querySelector('.compare__scroll');
		const current = this.querySelector('.compare__scroll');
		if (!widget || !controls || !scroll || !current) {
			const link = this.querySelector<HTMLAnchorElement>('compare-expand a');
			if (link) location.assign(link.href);
			return;
		}
		renameIds([controls, scroll], widget.dataset['idPrefix'] ?? '', this.dataset['idPrefix'] ?? '');
		current.replaceWith(document.adoptNode(controls), document.adoptNode(scroll));
		this.querySelector('compare-expand')?.remove();
		this.#setUp();
		this.querySelector<HTMLInputElement>('fieldset input')?.focus();
	}

	#setUp(): void {
		const controls = this.querySelector('fieldset');
		this.#diff = this.querySelector('.compare__diff');
		this.#status = this.querySelector('.compare__status');
		if (!controls || !this.#diff) return;
		this.#ids = list(this.dataset['ids']);
		this.#fallback = { show: list(this.dataset['preset']), diff: false };
		this.#boxes = [...controls.querySelectorAll<HTMLInputElement>('.compare__choices input')];
		// "Differences" compares each cell's short answer (data-short), not its detail.
		this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({
			id: tr.dataset['row'] ?? '',
			pinned: tr.hasAttribute('data-pinned'),
			cells: Object.fromEntries(
				[...tr.querySelectorAll<HTMLElement>('td')].map((td) => [
					td.dataset['col'] ?? '',
					td.dataset['short'] ?? td.textContent ?? '',
				]),
			),
		}));
		this.#state = this.#useUrl()
			? parseCompareState(location.search, this.#ids, this.#fallback)
			: { ...this.#fallback, show: [...this.#fallback.show] };
		controls.addEventListener('change', (event) => this.#onChange(event.target as HTMLInputElement));
		// The Share button (<share-button>, src/features/share/) shares the view on screen: keep its link that view's.
		const share = controls.querySelector('share-button');
		this.addEventListener('compare-change', () =>
			share?.setAttribute('data-url', `${this.dataset['shareUrl']}${this.#view}`),
		);
		controls.hidden = false;
		this.#render(false);
	}

	#useUrl(): boolean {
		return this.hasAttribute('data-url-state');
	}

	#onChange(input: HTMLInputElement): void {
		if (input === this.#diff) {
			this.#state.diff = input.checked;
		} else {
			const show = this.#boxes.filter((box) => box.checked).map((box) => box.value);
			if (show.length < MIN_SHOWN) {
				// Keep the comparison a comparison: put the tick back and say why.
				input.checked = true;
				this.#say('Choose at least two conditions to compare.');
				return;
			}
			this.#state.show = show;
		}
		this.#render(true);
	}

	#render(announce: boolean): void {
		const { show, diff } = this.#state;
		for (const box of this.#boxes) box.checked = show.includes(box.value);
		if (this.#diff) this.#diff.checked = diff;
		for (const cell of this.querySelectorAll<HTMLElement>('[data-col]')) {
			cell.toggleAttribute('data-off', !show.includes(cell.dataset['col'] ?? ''));
		}
		const hide = diff ? rowsToHide(this.#rows, show) : [];
		for (const tr of this.querySelectorAll<HTMLElement>('tbody tr')) {
			tr.toggleAttribute('data-same', hide.includes(tr.dataset['row'] ?? ''));
		}
		if (this.#useUrl()) {
			const query = serialiseCompareState(this.#state, this.#ids, this.#fallback, location.search);
			history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		}
		if (announce) {
			const hidden = !diff
				? ''
				: hide.length === 0
					? ' No row is hidden: every row differs.'
					: ` ${hide.length} row${hide.length === 1 ? '' : 's'} hidden because the short answers match.`;
			this.#say(`Comparing ${show.length} conditions.${hidden}`);
		}
		this.#view = this.#viewQuery();
		this.dispatchEvent(new CustomEvent(CHANGE, { bubbles: true, detail: { query: this.#view } }));
	}

	/** The view as a query of its own, measured against the full table: what a shared link carries. */
	#viewQuery(): string {
		return serialiseCompareState(this.#state, this.#ids, { show: this.#ids, diff: false });
	}

	#say(message: string): void {
		const status = this.#status;
		if (!status) return;
		// Clear, then write on the next frame: a message equal to the last one is still spoken.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	}
}

/** Moves ids (and the references to them) from one prefix to another, so two tables never clash. */
function renameIds(roots: Element[], from: string, to: string): void {
	if (!from || !to || from === to) return;
	const rename = (value: string) =>
		value
			.split(' ')
			.map((id) => (id.startsWith(`${from}-`) ? `${to}-${id.slice(from.length + 1)}` : id))
			.join(' ');
	for (const root of roots) {
		for (const element of [root, ...root.querySelectorAll('*')]) {
			for (const name of ['id', 'for', 'aria-labelledby', 'aria-describedby']) {
				const value = element.getAttribute(name);
				if (value) element.setAttribute(name, rename(value));
			}
		}
	}
}

customElements.define(TABLE, CompareTable);
