/**
 * Guards for component props used by MDX authors. An author who types level="urgnet" should get a
 * build error that names the component and lists the valid values, not a silently unstyled box.
 * They throw AstroError (Astro's error for users), as Starlight's <Aside> does: Astro prints the
 * message, then the hint under "Hint:", in the terminal and in the dev overlay.
 */
import { AstroError } from 'astro/errors';

/** `"a", "b", "c"`: values as an author would type them between quotes. */
export function quotedList(values: readonly string[]): string {
	return values.map((value) => JSON.stringify(value)).join(', ');
}

/** The error for a prop that is not one of `allowed`: the message names what was given, the hint what to give. */
export function invalidPropError(
	component: string,
	prop: string,
	value: unknown,
	allowed: readonly string[],
): AstroError {
	return new AstroError(`<${component}> got ${prop}=${JSON.stringify(value)}.`, `Use one of: ${quotedList(allowed)}.`);
}

/** Returns `value` when it is one of `allowed`; otherwise throws, naming the component, the prop and the valid values. */
export function assertOneOf<const T extends string>(
	component: string,
	prop: string,
	value: unknown,
	allowed: readonly T[],
): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw invalidPropError(component, prop, value, allowed);
}

/** Returns a required text prop; throws when it is missing or blank, naming the component and the prop. */
export function assertText(component: string, prop: string, value: unknown): string {
	if (typeof value === 'string' && value.trim() !== '') return value;
	const a = /^[aeiou]/i.test(prop) ? 'an' : 'a';
	const got = value === undefined ? 'missing' : typeof value === 'string' ? 'empty' : `not text (${String(value)})`;
	throw new AstroError(
		`<${component}> needs ${a} ${prop}="…" text: it is ${got}.`,
		`Give <${component}> ${a} ${prop}="…" in words a reader can follow.`,
	);
}
