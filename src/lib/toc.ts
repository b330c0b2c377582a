/** Builds the table of contents from the headings Astro reports for a rendered article. */

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** Nests h3s under the h2 before them; deeper headings and any h3 before the first h2 stay out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
	const toc: TocItem[] = [];
	for (const { depth, slug, text } of headings) {
		if (depth === 2) toc.push({ slug, text, children: [] });
		else if (depth === 3) toc.at(-1)?.children.push({ slug, text, children: [] });
	}
	return toc;
}
