/**
 * Every icon on the site, drawn once. Icons are decoration beside words that say the same thing
 * (a level, an action), so they are always aria-hidden; a level is never told by its icon alone.
 * All are 24×24 line drawings in the text colour; <Icon name="…"> renders one.
 */
export type Shape =
	| { path: string; width?: number; filled?: boolean }
	| { circle: [cx: number, cy: number, r: number]; width?: number }
	| { rect: [x: number, y: number, size: number, radius: number]; width?: number };

const shapes = {
	/** Warning triangle with "!": red flags, warning columns, urgent rows. */
	warning: [{ path: 'M12 2 1.5 21h21L12 2Zm0 7v5m0 3v.01', width: 2.5 }],
	/** Share: an arrow rising out of a tray. */
	share: [{ path: 'M12 15V3m0 0L7.5 7.5M12 3l4.5 4.5M5 11v8a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-8' }],
	/** Chain link: "Link to this section". */
	link: [{ path: 'M10 13a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1.5 1.5M14 11a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1.5-1.5' }],
	/** Tick in a circle: self-care is enough. */
	'check-circle': [{ path: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-4 10 3 3 5-6', width: 2.2 }],
	/** Crescent moon: the dark theme. */
	moon: [{ path: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9Z', filled: true }],
	/** Care levels, each a different shape so they differ without colour: circle, triangle, square. */
	'level-see-doctor': [
		{ circle: [12, 12, 10], width: 2.5 },
		{ path: 'M12 7v6m0 4h.01', width: 2.5 },
	],
	'level-urgent': [
		{ path: 'M12 2 1.5 21h21L12 2Z', width: 2.5 },
		{ path: 'M12 6v8m0 4h.01', width: 2.5 },
	],
	'level-emergency': [
		{ rect: [2, 2, 20, 3], width: 2.5 },
		{ path: 'M12 5v9m0 4h.01', width: 2.5 },
	],
	/** Callout kinds. */
	caution: [{ path: 'M12 3 2 21h20L12 3Zm0 6v6m0 3v.01' }],
	tip: [{ path: 'M9 18h6m-5 3h4M12 3a6 6 0 0 0-3 11v2h6v-2a6 6 0 0 0-3-11Z' }],
	info: [{ path: 'M12 8v.01M12 11v6M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Z' }],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof shapes;
export const icons: Record<IconName, readonly Shape[]> = shapes;
export const iconNames = Object.keys(shapes) as IconName[];
