/**
 * What a <share-button> says, in one place: the words of the four places that share or copy (page
 * share, section links, the comparison's view, the embed code), so they sound the same.
 * ../client/share-button.ts says them; ../components/ShareButton.astro writes the embed code's own
 * words into its markup.
 */

/** A section link's label once the script can copy (without the script it reads "Link to this section"). */
export const COPY_LINK = 'Copy link';
/** Said after a link was copied. */
export const LINK_COPIED = 'Link copied';
/** Said when a link could not be copied, followed by the link itself: the reader is never left without it. */
export const LINK_NOT_COPIED = 'Could not copy. The link is ';

/** The words of a button that copies something other than a link. */
export interface CopyWording {
	copied: string;
	failed: string;
}

/** The embed code on /compare/: it is code, so on failure the reader selects it by hand. */
export const EMBED_CODE_WORDING: CopyWording = {
	copied: 'Embed code copied.',
	failed: 'Could not copy: select the code and copy it by hand.',
};

/**
 * The sentence announced after copying or failing to: a button's own words where its markup gives
 * them (`onCopied`, `onFailed`), otherwise a link's, the failure then carrying `link`.
 */
export function announcement(copied: unknown, link: string, onCopied?: string, onFailed?: string): string {
	return copied ? (onCopied ?? LINK_COPIED) : (onFailed ?? LINK_NOT_COPIED + link);
}
