// "[image1]: <data:image/png;base64,iVBORw0…>": a reference definition whose address is the
// image itself, as Google Docs writes every picture at the end of its Markdown export.
const DATA_DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*<?data:[^\s>]*>?[ \t]*$/gim;
// "![](data:image/png;base64,…)": the same picture written in place.
const DATA_IMAGE = /!\[[^\]\n]*\]\(\s*<?data:[^\s)>]*>?\s*\)/gi;
const REFERENCE = /!\[[^\]\n]*\]\[([^\]\n]+)\]/g;

/**
 * The page without the pictures it embeds as data: URIs, nor the `![][image1]` places that
 * show them. Such a picture is a photo or an icon, never a fact, and its text (thousands of
 * base64 characters) would outweigh the words of the page in any measure of its shape.
 */
export function withoutEmbeddedImages(markdown: string): { text: string; removed: number } {
  const labels = new Set<string>();
  let removed = 0;
  const text = markdown
    .replace(DATA_DEFINITION, (_line, label: string) => {
      labels.add(label.trim().toLowerCase());
      removed++;
      return '';
    })
    .replace(REFERENCE, (image, label: string) =>
      labels.has(label.trim().toLowerCase()) ? '' : image,
    )
    .replace(DATA_IMAGE, () => {
      removed++;
      return '';
    });
  return { text: removed > 0 ? text.replace(/\n{3,}/g, '\n\n').trimEnd() : markdown, removed };
}
