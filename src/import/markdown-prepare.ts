import { PLANNED_PREFIX } from '../knowledge/plans.ts';
import { markAsciiDoc } from './asciidoc.ts';
import { readCodeLiterals } from './code-literals.ts';
import { markColumnCv } from './column-cv.ts';
import { withoutConsentClause } from './consent-clause.ts';
import { withDotLeaders } from './dot-leaders.ts';
import { withoutEmbeddedImages } from './embedded-images.ts';
import { markEuropassEntries } from './europass-entries.ts';
import { markLabelledEuropass } from './europass-labelled.ts';
import { withoutForumChrome } from './forum-chrome.ts';
import { frontMatterSections, splitFrontMatter } from './front-matter.ts';
import { frontMatterEntrySections } from './front-matter-entries.ts';
import { withHeaderTableAsLines } from './header-table.ts';
import { plural } from './import-result.ts';
import { withoutLatexCommands } from './latex-commands.ts';
import { markLinkedInPage } from './linkedin-page.ts';
import { markLinkedInPdfText } from './linkedin-pdf-text.ts';
import { markMdx } from './mdx-components.ts';
import { withoutMkDocsBlocks } from './mkdocs-blocks.ts';
import { repairMojibake } from './mojibake.ts';
import { withoutNoteSyntax } from './note-syntax.ts';
import { markOrgMode } from './org-mode.ts';
import { withoutPageFooters } from './page-footers.ts';
import { unrollGridTables } from './pandoc-grid.ts';
import { withoutPandocMarkup } from './pandoc-markdown.ts';
import { markPlainTextCv } from './plain-text-cv.ts';
import { markProfilePage } from './profile-page.ts';
import { markRestructuredText } from './restructured-text.ts';
import { widenShortYearRanges } from './short-year-ranges.ts';
import { markTeletypeCv } from './teletype-cv.ts';
import { withoutTemplateTags } from './template-tags.ts';
import { withTypingBannerText } from './typing-banner.ts';
import { markTypst } from './typst.ts';
import { markUpworkPage } from './upwork-page.ts';

/**
 * The page as the readers need it: mojibake repaired, embedded pictures and a comment page's
 * byline out, Typst, AsciiDoc, org-mode and reStructuredText
 * written as markdown, front matter apart, MkDocs admonitions and tabs out of their indent,
 * template tags, note
 * syntax and LaTeX commands out, page footers dropped, terminal, plain-text, LinkedIn-page,
 * Upwork-page and job-site-page CVs rewritten as markdown, and the literals of "about me" code
 * taken out.
 */
export function prepareMarkdown(markdown: string, notes: string[]) {
  const repair = repairMojibake(markdown);
  if (repair.repaired > 0 || repair.dropped > 0) {
    notes.push(
      `Mojibake → ${repair.repaired} sequence${plural(repair.repaired)} repaired, ${repair.dropped} dropped`,
    );
  }
  const banner = withTypingBannerText(
    withHeaderTableAsLines(withDefinitionLists(withSymbolFontBullets(withTaskStates(repair.text)))),
  );
  if (banner.rewritten > 0) notes.push('Typing banner → its lines read as text');
  const embedded = withoutEmbeddedImages(banner.text);
  if (embedded.removed > 0) {
    notes.push(
      `Embedded images → ${embedded.removed} data: picture${plural(embedded.removed)} left out`,
    );
  }
  const chrome = withoutForumChrome(embedded.text);
  if (chrome.removed > 0)
    notes.push(
      `Comment page → ${chrome.removed} byline and reply line${plural(chrome.removed)} left out`,
    );
  const typst = markTypst(chrome.text);
  if (typst.rewritten) notes.push('Typst → read as markdown, template calls read by argument');
  const asciidoc = markAsciiDoc(typst.text);
  if (asciidoc.rewritten) notes.push('AsciiDoc → read as markdown, attributes resolved');
  const org = markOrgMode(asciidoc.text);
  if (org.rewritten) notes.push('Org-mode → read as markdown, unexported subtrees left out');
  const rst = markRestructuredText(org.text);
  if (rst.rewritten) notes.push('reStructuredText → read as markdown, references resolved');
  const { frontMatter, body } = pageBody(rst.text, notes);
  const mdx = markMdx(body);
  if (mdx.rewritten) notes.push('MDX → imports left out, components read by their attributes');
  const untagged = withoutTemplateTags(widenShortYearRanges(mdx.text));
  if (untagged.removed > 0) {
    notes.push(`Template tags → ${untagged.removed} removed (page-building markup)`);
  }
  const plain = withoutNoteSyntax(untagged.text);
  if (plain.rewritten > 0) {
    notes.push(`Note syntax → ${plain.rewritten} wiki links, embeds, fields or callouts read`);
  }
  const teletype = markTeletypeCv(plain.text);
  if (teletype.rewritten) notes.push('Plain-text CV → framed headings, leaders and columns read');
  // A terminal CV's reader reads its own leaders; elsewhere a dotted label is a colon.
  const columned = teletype.rewritten ? teletype : markColumnCv(withDotLeaders(teletype.text));
  if (columned !== teletype && columned.rewritten)
    notes.push('Plain-text CV → right-hand dates open entries, wrapped lines joined');
  const unlatexed = withoutLatexCommands(fromPandoc(columned.text, notes));
  if (unlatexed.removed > 0) {
    notes.push(`LaTeX commands → ${unlatexed.removed} removed or read as separators`);
  }
  // A job site's profile page is read after the LinkedIn and Upwork pages, whose readers know
  // their own pages better.
  const linkedInPdf = markLinkedInPdfText(unlatexed.text);
  if (linkedInPdf.rewritten)
    notes.push('LinkedIn PDF text → sidebar and sections read as markdown');
  const page = markProfilePage(
    markUpworkPage(markLinkedInPage(withoutPageFooters(linkedInPdf.text))),
  );
  if (page.rewritten) notes.push('Profile page → read as markdown');
  const literals = readCodeLiterals(europassRead(page.text, notes));
  if (literals.values.size > 0)
    notes.push(`Code block → read as data: ${[...literals.values.keys()].join(', ')}`);
  return { text: literals.text, frontMatter, literals, bannerLines: banner.lines };
}

/** A plain-text CV's layout, then the Europass form's, labelled fields or dated lines. */
function europassRead(text: string, notes: string[]): string {
  const labelled = markLabelledEuropass(text);
  if (labelled.rewritten > 0)
    notes.push(`Europass fields → ${labelled.rewritten} entries read as dated headings`);
  const europass = markEuropassEntries(markPlainTextCv(labelled.text));
  if (europass.rewritten > 0)
    notes.push(`Europass entries → ${europass.rewritten} read as dated headings`);
  return europass.text;
}

const IMAGE_ATTRIBUTES = /(!\[[^\]\n]*\]\([^()\s]*\))\{[^{}\n]*\}/g;

/** Pandoc's markdown read: grid tables unrolled, then its divs, spans and footnotes. */
function fromPandoc(text: string, notes: string[]): string {
  // "![](media/image1.png){width="1.9in" height="0.6in"}": an image's size, no text.
  // "Microsoft Certified: … \\-- 2022": a dash pair typed in Word, escaped, is an en dash.
  const grids = unrollGridTables(
    text.replace(IMAGE_ATTRIBUTES, '$1').replace(/(?<= )\\--(?= )/g, '–'),
  );
  if (grids.tables > 0)
    notes.push(`Grid tables → ${grids.tables} unrolled into their lines (Pandoc's Word tables)`);
  const unpandoced = withoutPandocMarkup(grids.text);
  if (unpandoced.rewritten) notes.push('Pandoc markdown → divs, spans, footnotes and tables read');
  return unpandoced.text;
}

/**
 * The front matter apart, MkDocs blocks out of their indent, a CV's data-protection consent out,
 * the front matter's lists after.
 */
function pageBody(text: string, notes: string[]) {
  const frontMatter = splitFrontMatter(text);
  const mkdocs = withoutMkDocsBlocks(frontMatter.body);
  if (mkdocs.rewritten > 0)
    notes.push(
      `MkDocs → ${mkdocs.rewritten} admonition${plural(mkdocs.rewritten)} and tabs read as text`,
    );
  const consent = withoutConsentClause(mkdocs.text);
  if (consent.removed > 0)
    notes.push('Data-protection consent clause → left out (no fact about the owner)');
  const sections =
    frontMatterSections(frontMatter.lists, notes) +
    frontMatterEntrySections(frontMatter.data, consent.text, notes);
  return { frontMatter, body: consent.text + sections };
}

/**
 * "- [x] AWS Certified Developer (2023)" and "- [ ] CKAD (studying)": a task list's ticked item
 * is done, an unticked one is not, and says so in words ("Planned: CKAD (studying)"), so that no
 * reader takes it for a certificate held or a skill shown.
 */
function withTaskStates(text: string): string {
  return text
    .replace(/^(\s*(?:[-*+]|\d+[.)])[ \t]+)\[[xX]\][ \t]+/gm, '$1')
    .replace(/^(\s*(?:[-*+]|\d+[.)])[ \t]+)\[ \][ \t]+/gm, `$1${PLANNED_PREFIX}`);
}

/**
 * Word's bullets drawn from a symbol font (Wingdings "§", Symbol "·") survive a conversion as
 * private-use characters (U+F0A7, U+F0B7), and a résumé builder's own glyphs ("●", "■", "➢")
 * as themselves: at the start of a line they are list bullets. Between two words on a line
 * ("Gdańsk, Poland ● +48 … ● name@mail") the same glyphs only set parts apart, as "·" does.
 */
function withSymbolFontBullets(text: string): string {
  return (
    text
      // "\- Cut crash rate …": Pandoc escapes a dash that opened a line of the converted file,
      // which was a bullet there (a LinkedIn export's, a Word list's). An escaped "\*" opens a
      // legend ("\* equal contribution"), not a list.
      .replace(/^([ \t]*)\\-[ \t]+(?=\S)/gm, '$1- ')
      .replace(/^([ \t]*)(?:[\uF000-\uF0FF]|[●○■□▪▫◆◇♦❖➢➤‣⁃∙•◦])[ \t]+(?=\S)/gmu, '$1- ')
      // Not after a table cell's "|" or a tag's ">": there the glyph opens a bullet.
      .replace(/(?<=[^\s|>])[ \t]+[●○■□▪◆◇♦❖][ \t]+(?=\S)/gu, ' · ')
  );
}

/**
 * "Languages\n: C++, HLSL, GLSL": a definition list (PHP Markdown Extra, Pandoc), which GFM
 * reads as a paragraph of two lines. Each term and its definition become one labelled bullet,
 * the definition's indented continuation lines joined to it. A bold employer over several
 * ": *Title*, dates" lines is a job's, read where jobs are.
 */
function withDefinitionLists(text: string): string {
  return text.replace(
    /^([^\s:>|#*[_-][^\n*[\]_:]{0,60})\n:[ \t]+([^\s*_][^\n]*(?:\n[ \t]{2,}[^\n]+)*)(?!\n:)/gm,
    (_whole, term: string, definition: string) =>
      `- **${term.trim()}:** ${definition.replace(/\n[ \t]+/g, ' ').trim()}`,
  );
}
