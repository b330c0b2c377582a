/**
 * Runs searches one at a time. While one runs, only the newest query waits; the ones typed in
 * between are dropped, so fast typing never queues stale searches in front of the one that matters.
 * No timer is involved: the next search starts the moment the previous one ends.
 *
 * A run is told when it has been superseded (a newer query is waiting), so it can stop before its
 * costly part: on a first search, the engine loads while the reader is still typing, and searching
 * for the first letter typed would only delay the query they meant.
 */
export class SearchQueue {
	readonly #run: (raw: string, superseded: () => boolean) => Promise<void>;
	#running = false;
	#next: string | undefined;

	constructor(run: (raw: string, superseded: () => boolean) => Promise<void>) {
		this.#run = run;
	}

	/** Asks for a search of this text, after the one in progress if any. */
	push(raw: string): void {
		this.#next = raw;
		if (!this.#running) void this.#drain();
	}

	async #drain(): Promise<void> {
		this.#running = true;
		while (this.#next !== undefined) {
			const raw = this.#next;
			this.#next = undefined;
			try {
				await this.#run(raw, () => this.#next !== undefined);
			} catch {
				// Each run reports its own failure; the queue keeps going.
			}
		}
		this.#running = false;
	}
}
