/**
 * <compare-expand>: the button under the comparison inside an article that brings in the full
 * widget, in place. Articles ship only their two preset columns and this loader (every article
 * stays within its byte and JavaScript budgets). On click it fetches /compare/, hands the page to
 * its table and loads the <compare-table> code by the script URL that page names, which takes the
 * full table in (src/features/compare/client/table.ts). The link beside the button, and the fallback when
 * anything fails, is the full comparison on its own page.
 */
import type { CompareExpandEvent, ExpandableTable } from './expand-protocol.ts';

const EXPAND: CompareExpandEvent = 'compare-expand';

/** Astro names the widget's script after CompareTableScript.astro; astro.config.mjs keeps it a file. */
const WIDGET_SCRIPT = / src="([^"]*CompareTableScript[^"]*\.js)"/;

class CompareExpand extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const link = this.querySelector('a');
		const table = this.closest<ExpandableTable>('compare-table');
		if (!button || !link || !table) return;
		button.hidden = false;
		button.addEventListener('click', async () => {
			button.disabled = true;
			button.textContent = 'Loading the comparison…';
			const fail = () => location.assign(link.href);
			try {
				const response = await fetch(link.href);
				const page = await response.text();
				const src = WIDGET_SCRIPT.exec(page)?.[1];
				if (!response.ok || !src) throw new Error('No comparison in the page.');
				table.expandFrom = page;
				// Defined already (another table was expanded first): it takes the page in at once.
				if (customElements.get('compare-table')) return void table.dispatchEvent(new Event(EXPAND));
				const script = document.createElement('script');
				script.type = 'module';
				script.src = new URL(src, response.url).href;
				script.addEventListener('error', fail);
				document.head.append(script);
			} catch {
				// Offline, or the page changed: the full comparison is still one page away.
				fail();
			}
		});
	}
}

customElements.define('compare-expand', CompareExpand);
