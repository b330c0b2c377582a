/** How a source is linked: a DOI or PMID is more durable than a publisher's URL, so it wins. */
export interface SourceRef {
	url?: string | undefined;
	doi?: string | undefined;
	pmid?: string | undefined;
}

export function sourceLink(source: SourceRef): { href: string; label: string } {
	if (source.doi) return { href: `https://doi.org/${source.doi}`, label: `DOI: ${source.doi}` };
	if (source.pmid) return { href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`, label: `PMID: ${source.pmid}` };
	if (source.url) return { href: source.url, label: new URL(source.url).hostname.replace(/^www\./, '') };
	throw new Error('A source needs a url, a doi or a pmid.');
}
