/**
 * <compare-copy>: a Copy button for the embed snippet shown above it. The button stays hidden
 * where the Clipboard API is missing: the code can still be selected by hand.
 */
class CompareCopy extends HTMLElement {
	connectedCallback(): void {
		const code = this.querySelector('code');
		const actions = this.querySelector<HTMLElement>('.embed-code__actions');
		const status = this.querySelector('[role="status"]');
		if (!code || !actions || !status || !navigator.clipboard) return;
		actions.querySelector('button')?.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(code.textContent ?? '');
				status.textContent = 'Embed code copied.';
			} catch {
				status.textContent = 'Could not copy: select the code and copy it by hand.';
			}
		});
		actions.hidden = false;
	}
}

customElements.define('compare-copy', CompareCopy);
