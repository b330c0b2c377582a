/**
 * <compare-expand>: turns the small comparison inside an article into the full widget, in place,
 * when the reader asks for it. Articles ship only their two preset columns and no widget code
 * (every article stays within its byte and JavaScript budgets); the button fetches /compare/, takes
 * its controls and full table, and only then loads the <compare-table> code, by the script URL that
 * page names (a dynamic import() would pull Vite's preload helper into every article up front).
 * The link beside the button, and the fallback when anything fails, is the full comparison.
 */
class CompareExpand extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const link = this.querySelector('a');
		if (!button || !link) return;
		button.addEventListener('click', () => void this.#expand(button, link));
		button.hidden = false;
	}

	async #expand(button: HTMLButtonElement, link: HTMLAnchorElement): Promise<void> {
		const table = this.closest('compare-table');
		const prefix = table?.getAttribute('data-id-prefix');
		if (!table || !prefix) return;
		button.disabled = true;
		button.textContent = 'Loading the comparison…';
		try {
			const response = await fetch(link.href);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			// The page's <style> blocks are left out before parsing: a parsed document inherits this
			// page's Content Security Policy, which would report them as violations. This page already
			// has the table's styles, because it renders the same component.
			const html = (await response.text()).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
			const page = new DOMParser().parseFromString(html, 'text/html');
			const full = page.querySelector('compare-table');
			const controls = full?.querySelector('fieldset');
			const scroll = full?.querySelector('.compare__scroll');
			// Astro names the widget's script after CompareTableScript.astro, and astro.config.mjs keeps
			// it a file of its own, so articles can load the very file /compare/ uses.
			const script = [...page.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].find((element) =>
				element.getAttribute('src')?.includes('CompareTableScript'),
			);
			const current = table.querySelector('.compare__scroll');
			if (!full || !controls || !scroll || !script || !current) throw new Error('No comparison in the page.');
			renameIds([controls, scroll], full.getAttribute('data-id-prefix') ?? '', prefix);
			current.replaceWith(controls, scroll);
			const upgradedEarlier = customElements.get('compare-table') !== undefined;
			await loadModule(new URL(script.getAttribute('src') ?? '', response.url).href);
			// Defining the element sets this table up now. One defined earlier (another table on the page
			// was expanded first) found no controls here then, so it starts again: reconnecting reruns it.
			if (upgradedEarlier) {
				const parent = table.parentNode;
				const next = table.nextSibling;
				parent?.removeChild(table);
				parent?.insertBefore(table, next);
			}
			this.remove();
			table.querySelector<HTMLInputElement>('fieldset input')?.focus();
		} catch {
			// Offline, or the page changed: the full comparison is still one page away.
			location.assign(link.href);
		}
	}
}

/** Runs a module script once, resolving when it has run. */
function loadModule(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const loaded = [...document.scripts].find((script) => script.src === src);
		if (loaded) return resolve();
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		script.addEventListener('load', () => resolve());
		script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
		document.head.append(script);
	});
}

/** Moves ids (and the references to them) from one prefix to another, so two tables never clash. */
function renameIds(roots: Element[], from: string, to: string): void {
	if (!from || from === to) return;
	const rename = (value: string) =>
		value
			.split(' ')
			.map((id) => (id.startsWith(`${from}-`) ? `${to}-${id.slice(from.length + 1)}` : id))
			.join(' ');
	for (const root of roots) {
		for (const element of [root, ...root.querySelectorAll('*')]) {
			for (const name of ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
				const value = element.getAttribute(name);
				if (value) element.setAttribute(name, rename(value));
			}
		}
	}
}

customElements.define('compare-expand', CompareExpand);
