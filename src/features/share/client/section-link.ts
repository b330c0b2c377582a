/**
 * <section-link>: the "link to this section" next to an article heading. Without JavaScript it is a
 * plain link to the heading's #fragment (the address bar then holds the link to share). Enhanced,
 * it copies that exact address and says "Link copied", both aloud and on the link itself.
 */
import { copyAndAnnounce } from './clipboard.ts';

const LABEL = 'Copy link';

class SectionLink extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a');
		const label = this.querySelector('[data-label]');
		if (!link || !label) return;
		label.textContent = LABEL;
		// The visible "Link copied" stays until the reader moves on, rather than vanishing on a timer.
		const reset = () => (label.textContent = LABEL);
		link.addEventListener('blur', reset);
		link.addEventListener('mouseleave', reset);
		link.addEventListener('click', async (event) => {
			event.preventDefault();
			// origin + pathname drops any ?query the reader arrived with: the shared link is the page's own.
			const url = `${location.origin}${location.pathname}${link.hash}`;
			if (await copyAndAnnounce(url)) label.textContent = 'Link copied';
			else location.hash = link.hash;
		});
	}
}

customElements.define('section-link', SectionLink);
