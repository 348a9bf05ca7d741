import type { Root, RootContent } from 'mdast';
import { introductionFromProse } from './prose-facts.ts';

/**
 * Banner images that draw their text from the address: capsule-render's `text=`, the typing
 * SVG's `lines=`. A README whose only greeting is such a banner ("oi, I'm Bruna 👋") names its
 * owner there.
 */
const BANNER = /\b(?:capsule-render|readme-typing-svg|typing-svg)\b/i;
const TEXT_PARAM = /[?&](?:text|lines|title|desc)=([^&"\s)]+)/gi;

export function bannerName(tree: Root): string | undefined {
  for (const url of bannerUrls(tree.children.slice(0, 6))) {
    for (const match of url.matchAll(TEXT_PARAM)) {
      // "Hi,+I'm+Bruna;Mobile+engineer": the typing banner's lines are parted by semicolons.
      for (const line of decoded(match[1] ?? '').split(';')) {
        const name = introductionFromProse(line.trim())?.name;
        if (name) return name;
      }
    }
  }
  return undefined;
}

function bannerUrls(nodes: readonly RootContent[]): string[] {
  const urls: string[] = [];
  const walk = (node: RootContent): void => {
    if (node.type === 'image' && BANNER.test(node.url)) urls.push(node.url);
    if (node.type === 'html') {
      // "text=oi,%20I'm%20Bruna": the address may hold the other kind of quote.
      for (const m of node.value.matchAll(/\bsrc\s*=\s*(["'])(.*?)\1/gi)) {
        if (BANNER.test(m[2] ?? '')) urls.push(m[2] ?? '');
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  for (const node of nodes) walk(node);
  return urls;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value.replace(/%20|\+/g, ' ');
  }
}
