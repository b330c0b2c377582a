/**
 * The content check (`npm run content:check`): the SMOG reading grade of every article's prose, and
 * a warning for each article whose review is overdue. Fails (exit 1, naming the file) when an
 * article reads above grade 8, because a tired reader at 3 a.m. cannot work through harder text.
 *
 *   node src/cli/content-check.ts [--today YYYY-MM-DD]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { analyse, MAX_SENTENCE_WORDS } from '../build/readability.ts';
import { isoDate, isOverdue } from '../lib/dates.ts';
import { requireFrontmatter } from '../lib/frontmatter.ts';

/** Above this grade the check fails (CONTRIBUTING.md): the NHS asks for a reading age of 9 to 11. */
const MAX_SMOG = 8;

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/articles');

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) throw new Error(`--today must be a date like 2027-01-31, not "${values.today}".`);

/** The frontmatter fields this check reads; the build validates the rest. */
interface Frontmatter {
	nextReview?: unknown;
	draft?: unknown;
}

function frontmatterOf(source: string, file: string): Frontmatter {
	return (parse(requireFrontmatter(source, file).frontmatter) ?? {}) as Frontmatter;
}

const files = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
const rows: string[][] = [];
const failures: string[] = [];
const warnings: string[] = [];

for (const name of files) {
	const path = join(dir, name);
	const file = relative(root, path);
	const source = await readFile(path, 'utf8');
	const data = frontmatterOf(source, file);
	const result = analyse(source);
	const draft = data.draft === true;
	rows.push([
		name.replace(/\.mdx$/, '') + (draft ? ' (draft)' : ''),
		String(result.words),
		String(result.sentences),
		String(result.longest),
		result.smog.toFixed(1),
	]);
	if (result.smog > MAX_SMOG) {
		failures.push(
			`${file}: SMOG grade ${result.smog.toFixed(1)} is above ${MAX_SMOG}. Use shorter sentences and fewer long words.`,
		);
	}
	for (const sentence of result.longSentences) {
		failures.push(`${file}: a sentence of more than ${MAX_SENTENCE_WORDS} words; split it: "${sentence}"`);
	}
	const nextReview = data.nextReview instanceof Date ? data.nextReview : new Date(String(data.nextReview));
	if (Number.isNaN(nextReview.getTime())) {
		warnings.push(`${file}: nextReview is missing or not a date, so its review cannot be tracked.`);
	} else if (!draft && isOverdue(nextReview, today)) {
		warnings.push(
			`${file}: review overdue since ${isoDate(nextReview)}. Review it, then update lastReviewed and nextReview.`,
		);
	}
}

const header = ['article', 'words', 'sentences', 'longest', 'SMOG'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]): string =>
	cells
		.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
		.join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
	`\n${files.length} articles; SMOG must be ${MAX_SMOG} or below, sentences ${MAX_SENTENCE_WORDS} words or fewer.`,
);

for (const warning of warnings) console.warn(`warning: ${warning}`);
for (const failure of failures) console.error(`error: ${failure}`);
if (files.length === 0) {
	console.error(`error: no articles found in ${relative(root, dir)}/.`);
	process.exitCode = 1;
}
if (failures.length > 0) process.exitCode = 1;
