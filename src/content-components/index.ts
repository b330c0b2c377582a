/**
 * The components article authors may use in MDX. The article page passes them to every article,
 * so authors write <CareCard …> without an import. CONTRIBUTING.md shows an example of each.
 */
import CareCard from './CareCard.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import KeyPoints from './KeyPoints.astro';
import Figure from './Figure.astro';
import CompareTable from '../features/compare/components/CompareTable.astro';
import ArticleH2 from './ArticleH2.astro';
import ArticleH3 from './ArticleH3.astro';
import ContentLink from './ContentLink.astro';

/**
 * Markdown elements rendered by our components: "##"/"###" headings get a section link, and links
 * ("[text](/path/)") get the deploy base path prepended to site paths.
 */
const markdownElements = { h2: ArticleH2, h3: ArticleH3, a: ContentLink };

export const mdxComponents = { CareCard, Callout, Steps, KeyPoints, Figure, CompareTable, ...markdownElements };
