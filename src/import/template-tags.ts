// Hugo shortcodes (`{{< figure … >}}`, `{{% notice %}}`) and Liquid tags (`{% include … %}`)
// standing on lines of their own: page-building markup, not something the owner says.
const TAG_LINES = /^[ \t]*(?:\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\})[ \t]*(?:\r?\n|$)/gm;

export interface Untagged {
  text: string;
  /** How many tags were taken out. */
  removed: number;
}

/** The page without the template tags that stand on their own lines. */
export function withoutTemplateTags(text: string): Untagged {
  let removed = 0;
  const untagged = text.replace(TAG_LINES, () => {
    removed++;
    return '\n';
  });
  return { text: untagged, removed };
}
