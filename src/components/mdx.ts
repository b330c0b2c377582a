/**
 * The components article authors may use in MDX. The article page passes them to every article,
 * so authors write <CareCard …> without an import. CONTRIBUTING.md shows an example of each.
 */
import CareCard from './CareCard.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import KeyPoints from './KeyPoints.astro';
import Figure from './Figure.astro';

export const mdxComponents = { CareCard, Callout, Steps, KeyPoints, Figure };
