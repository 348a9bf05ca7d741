/** Reading a shields.io badge's URL as the name it shows. */

/**
 * The name a shields.io badge shows: `badge/-TypeScript-3178C6` → "TypeScript",
 * `badge/Kotlin%20Multiplatform-7F52FF` → "Kotlin Multiplatform", `badge/Room-DB-green` → "Room",
 * `badge/Yocto-Linux-FCC624` → "Yocto Linux".
 * Dashes and underscores are doubled to be literal; a single underscore is a space.
 */
export function badgeName(url: string): string {
  const path = /^https?:\/\/img\.shields\.io\/badge\/([^?#]+)/i.exec(url)?.[1];
  if (!path) return '';
  let text: string;
  try {
    text = decodeURIComponent(path).replace(/\.svg$/i, '');
  } catch {
    return '';
  }
  const parts = text
    .replace(/--/g, '\u0000')
    .split('-')
    .map((part) =>
      part
        .replace(/\u0000/g, '-')
        .replace(/__/g, '\u0001')
        .replace(/_/g, ' ')
        .replace(/\u0001/g, '_')
        .trim(),
    );
  // The last part is the colour; of the label and the message, the label names the thing,
  // unless the message carries on its name: `Yocto-Linux`, `Segger-J--Link`.
  const named = (parts.length > 1 ? parts.slice(0, -1) : parts).filter(Boolean);
  const [label = '', message] = named;
  const continues = message !== undefined && named.length === 2 && NAME_PART.test(message);
  return continues ? `${label} ${message}` : label;
}

/** A badge message that is more of the name: capitalised, not a generic word such as "DB". */
const NAME_PART =
  /^(?!(?:DB|API|SDK|CLI|UI|UX|IDE|OS|Certified|Expert|Advanced|Intermediate|Beginner|Basic|Native|Fluent|Learning|Active|Passing|Stable|Latest)$)\p{Lu}[\p{L}\d.+#-]*$/u;
