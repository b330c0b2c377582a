/**
 * Makes a throw-away copy of the project carrying N extra articles, for the scale benchmark
 * (how build time and the search index grow with content). The articles are variations of the real
 * ones in content/articles/, so they have real length, real components and real vocabulary:
 *
 * - each copy keeps its base article's frontmatter and body, with a unique slug, title and
 *   description (still within the schema's length limits), and `related` pointing at real
 *   articles plus the next generated one, so every reference resolves;
 * - each copy gains a short section of prose paragraphs borrowed from other real articles and a
 *   few made-up words, so the search index sees new text and new vocabulary per page, as it would
 *   with 1,000 genuinely different articles (copies alone would only repeat the same words).
 *
 * The copy holds astro.config.mjs, tsconfig.json, package.json, src/, content/ and public/, with
 * node_modules symlinked to the real one; the real project is never written to.
 *
 *   node tests/bench/generate-articles.ts [--count 1000] [--dir /tmp/somewhere]
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { requireFrontmatter } from '../../src/lib/frontmatter.ts';

/** The project root (tests/bench → ../..). */
const projectRoot = resolve(import.meta.dirname, '../..');

/** What the build needs from the project; everything else (tests, docs, dist) stays behind. */
const projectParts = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

/** Limits from src/schemas/article.ts, repeated here so a generated article never trips them. */
const titleMax = 60;
const descriptionMax = 160;

interface RealArticle {
	id: string;
	frontmatter: string;
	body: string;
	/** Plain prose paragraphs (no markup, links or components) that other copies may borrow. */
	paragraphs: string[];
}

/** The result of createScaleCopy. */
export interface ScaleCopy {
	/** Root of the temporary project. */
	dir: string;
	/** Ids of the real, published articles the copies are based on. */
	realIds: string[];
	/** Ids of the generated articles. */
	generatedIds: string[];
	/** Deletes the temporary project. */
	remove: () => Promise<void>;
}

/** A small deterministic generator (mulberry32), so every run writes the same articles. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'ni', 'pra', 'quo', 'ste', 'ul', 'bri', 'zan'];

/** A pronounceable made-up word; the vocabulary is fixed, drawn with a skew so some words repeat. */
function madeUpWord(next: () => number): string {
	const rank = Math.floor(8000 * next() ** 2);
	let word = '';
	for (let n = rank + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
	return word;
}

function plainParagraphs(body: string): string[] {
	return body
		.split(/\r?\n\s*\r?\n/)
		.map((block) => block.trim())
		.filter(
			(block) => /^[A-Z]/.test(block) && block.length > 80 && !/[<>{}[\]#|*`_]/.test(block) && !block.includes('\n'),
		);
}

async function readRealArticles(articlesDir: string): Promise<RealArticle[]> {
	const files = (await readdir(articlesDir)).filter((file) => file.endsWith('.mdx')).sort();
	const articles: RealArticle[] = [];
	for (const file of files) {
		const { frontmatter, body } = requireFrontmatter(await readFile(join(articlesDir, file), 'utf8'), file);
		const data = parseDocument(frontmatter).toJS() as { draft?: boolean };
		if (data.draft) continue;
		articles.push({ id: basename(file, '.mdx'), frontmatter, body, paragraphs: plainParagraphs(body) });
	}
	return articles;
}

/** `prefix` + `text`, cut at a word boundary with an ellipsis when the whole would pass `max`. */
function withPrefix(prefix: string, text: string, max: number): string {
	if (prefix.length + text.length <= max) return `${prefix}${text}`;
	const head = text.slice(0, max - prefix.length - 1).replace(/[\s,;:.]+\S*$/, '');
	return `${prefix}${head}…`;
}

function withSuffix(text: string, suffix: string, max: number): string {
	const room = max - suffix.length;
	const head = text.length > room ? text.slice(0, room).replace(/\s+\S*$/, '') : text;
	return `${head}${suffix}`;
}

/** Ids of the published (non-draft) articles in a content/articles/ directory. */
export async function publishedArticleIds(articlesDir = join(projectRoot, 'content/articles')): Promise<string[]> {
	return (await readRealArticles(articlesDir)).map((article) => article.id);
}

/** Writes one variation of `base`: unique slug, title and description; related all resolvable. */
function variation(
	base: RealArticle,
	number: number,
	nextId: string,
	realIds: ReadonlySet<string>,
	donors: readonly RealArticle[],
): string {
	const next = random(number * 7919 + 17);
	const document = parseDocument(base.frontmatter);
	const label = String(number).padStart(4, '0');
	document.set('title', withSuffix(String(document.get('title')), ` (${label})`, titleMax));
	document.set('description', withPrefix(`Variant ${label}: `, String(document.get('description')), descriptionMax));
	// content/articles/index.mdx is the home page; its copies are ordinary topic pages.
	if (document.get('category') === 'overview') document.set('category', 'condition');
	const baseRelated = (document.toJS() as { related?: unknown[] }).related ?? [];
	const related = baseRelated.filter((id): id is string => typeof id === 'string' && realIds.has(id));
	document.set('related', [...related, nextId]);

	const pool = donors.flatMap((donor) => donor.paragraphs);
	const borrowed = pool.length === 0 ? [] : [0, 1].map(() => pool[Math.floor(next() * pool.length)]!);
	const words = Array.from({ length: 12 }, () => madeUpWord(next));
	const extra = [
		`## More about variant ${label}`,
		...borrowed,
		`Words only this variant uses, so the search index grows as it would with new text: ${words.join(', ')}.`,
	].join('\n\n');
	return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${base.body.trimEnd()}\n\n${extra}\n`;
}

/** Copies the project to a temporary directory and writes `count` generated articles into it. */
export async function createScaleCopy(count: number, dir?: string): Promise<ScaleCopy> {
	const target = dir ? resolve(dir) : await mkdtemp(join(tmpdir(), 'bench-scale-'));
	await mkdir(target, { recursive: true });
	for (const part of projectParts) {
		await cp(join(projectRoot, part), join(target, part), { recursive: true });
	}
	await symlink(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');

	const articlesDir = join(target, 'content/articles');
	const real = await readRealArticles(articlesDir);
	if (real.length === 0 && count > 0) throw new Error('content/articles/ holds no published article to vary.');
	const realIds = new Set(real.map((article) => article.id));
	const generatedIds: string[] = [];
	for (let number = 1; number <= count; number++) {
		const base = real[(number - 1) % real.length]!;
		generatedIds.push(`${base.id === 'index' ? 'overview' : base.id}-${String(number).padStart(4, '0')}`);
	}
	for (let number = 1; number <= count; number++) {
		const base = real[(number - 1) % real.length]!;
		const donors = real.filter((article) => article.id !== base.id);
		const id = generatedIds[number - 1]!;
		const nextId = generatedIds[number % count]!;
		await writeFile(join(articlesDir, `${id}.mdx`), variation(base, number, nextId, realIds, donors));
	}
	return {
		dir: target,
		realIds: [...realIds],
		generatedIds,
		remove: () => rm(target, { recursive: true, force: true }),
	};
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { count: { type: 'string', default: '1000' }, dir: { type: 'string' } },
	});
	const copy = await createScaleCopy(Number(values.count), values.dir);
	console.log(
		`Wrote ${copy.generatedIds.length} articles (based on ${copy.realIds.length} real ones) into ${copy.dir}`,
	);
}
