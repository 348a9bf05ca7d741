import { attribute, type HtmlElement, namesOf } from './html-page-dom.ts';

// Elements that never carry the owner's words: code, styling, drawings, embeds and form controls.
const NOT_CONTENT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'dialog',
  'nav',
  'footer',
]);

// Class or id words of the site around the page: consent banners, sign-up boxes, skip links,
// share buttons, theme switches. Matched as whole words of a name ("cookie-banner", "newsletter").
const CHROME_NAME =
  /(?:^|[-_])(?:cookies?|consent|gdpr|newsletter|subscribe|signup|skip|share|sharing|breadcrumbs?|toast|modal|popup|overlay|theme-toggle|sr-only|visually-hidden|screen-reader-text)(?:$|[-_])/;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Whether an element of a saved web page is the site around the owner's words rather than
 * those words: head, scripts, styles, icons, navigation, the footer, forms, consent banners,
 * newsletter boxes and whatever the page hides.
 */
export function isPageChrome(element: HtmlElement): boolean {
  if (NOT_CONTENT.has(element.tagName)) return true;
  if (attribute(element, 'hidden') !== undefined) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  if (HIDDEN_STYLE.test(attribute(element, 'style') ?? '')) return true;
  const role = attribute(element, 'role');
  if (
    role === 'navigation' ||
    role === 'contentinfo' ||
    role === 'dialog' ||
    role === 'alertdialog'
  )
    return true;
  return namesOf(element).some((name) => CHROME_NAME.test(name));
}
