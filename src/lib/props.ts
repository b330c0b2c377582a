/**
 * Guards for component props used by MDX authors. An author who types level="urgnet" should get a
 * build error that names the component and lists the valid values, not a silently unstyled box.
 */
export function assertOneOf<const T extends string>(
	component: string,
	prop: string,
	value: unknown,
	allowed: readonly T[],
): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw new Error(
		`<${component}> got ${prop}=${JSON.stringify(value)}. Use one of: ${allowed.map((v) => `"${v}"`).join(', ')}.`,
	);
}

/** Throws when a required text prop is missing or blank, naming the component and the prop. */
export function assertText(component: string, prop: string, value: unknown): string {
	if (typeof value === 'string' && value.trim() !== '') return value;
	throw new Error(`<${component}> needs a ${prop}="…" text: it is missing or empty.`);
}
