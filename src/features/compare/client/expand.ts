/**
 * <compare-expand>: the button under the comparison inside an article that brings in the full
 * widget, in place. Articles ship only their preset columns and this loader (every article stays
 * within its byte and JavaScript budgets). On click it fetches /compare/widget/ (a page partial made
 * for this), hands it to its table and loads the widget's code by the address of the <script> in
 * it; the table then takes the controls and the full table in (client/table.ts). The link beside
 * the button, and the fallback when anything fails, is the full comparison on its own page.
 */
import type { CompareElements } from '../model/names.ts';
import type { CompareExpandEvent, ExpandableTable } from './expand-protocol.ts';

const EXPAND: CompareExpandEvent = 'compare-expand';
const TABLE: CompareElements['table'] = 'compare-table';

class CompareExpand extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const link = this.querySelector('a');
		const table = this.closest<ExpandableTable>(TABLE);
		if (!button || !link || !table) return;
		button.hidden = false;
		button.addEventListener('click', async () => {
			button.disabled = true;
			button.textContent = 'Loading the comparison…';
			const fail = () => location.assign(link.href);
			try {
				const response = await fetch(this.dataset['widget'] ?? '');
				const widget = new DOMParser().parseFromString(await response.text(), 'text/html');
				// The partial's widget <script src> (an inline one is the share button's, which the article
				// already runs); its src is an absolute path, so it resolves the same here.
				const src = widget.querySelector<HTMLScriptElement>('script[src]')?.src;
				if (!response.ok || !src) return fail();
				table.expandFrom = widget;
				// Defined already (another table was expanded first): it takes the widget in at once.
				if (customElements.get(TABLE)) return void table.dispatchEvent(new Event(EXPAND));
				const script = document.createElement('script');
				script.type = 'module';
				script.src = src;
				script.addEventListener('error', fail);
				document.head.append(script);
			} catch {
				// Offline, or the widget is missing: the full comparison is still one page away.
				fail();
			}
		});
	}
}

customElements.define('compare-expand', CompareExpand);
