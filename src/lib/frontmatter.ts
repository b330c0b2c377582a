/**
 * The one place that finds the YAML frontmatter block (--- … ---) at the top of an MDX file: the
 * content check, the readability grade, the unit, e2e and bench tests all split files with it, so
 * they agree with each other on what is frontmatter. Pure string work (no YAML parser here): the
 * callers parse the block with the library they already use.
 */

/** An MDX source cut in two: the YAML between the fences, and everything after the closing fence. */
export interface FrontmatterSplit {
	/** The YAML text between the fences, without them ("" for an empty block). */
	frontmatter: string;
	/** The rest of the file after the closing fence's line. */
	body: string;
}

/**
 * The opening fence on the first line (after an optional byte-order mark), then the shortest run of
 * lines up to a line that is just "---" (trailing spaces allowed). Windows line ends work too. A
 * "---" further down, a Markdown rule, never counts: only a leading block is frontmatter.
 */
const block = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `source` into frontmatter and body; undefined when it does not start with a frontmatter block. */
export function splitFrontmatter(source: string): FrontmatterSplit | undefined {
	const match = block.exec(source);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Like splitFrontmatter, but throws naming `file` when there is no block: for files that must have one. */
export function requireFrontmatter(source: string, file: string): FrontmatterSplit {
	const split = splitFrontmatter(source);
	if (!split) throw new Error(`${file}: no frontmatter block (--- … ---) at the top of the file.`);
	return split;
}

/** The body of `source` without its leading frontmatter block; the source as it is when it has none. */
export function stripFrontmatter(source: string): string {
	return splitFrontmatter(source)?.body ?? source;
}
