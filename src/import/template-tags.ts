// Hugo shortcodes (`{{< figure … >}}`, `{{% notice %}}`) and Liquid tags (`{% include … %}`)
// standing on lines of their own: page-building markup, not something the owner says.
// A tag ends at its first closing braces: a line that goes on to say something keeps it.
const TAG_LINES =
  /^[ \t]*(?:\{\{[<%](?:(?!\}\})[\s\S])*?[%>]\}\}|\{%(?:(?!%\})[\s\S])*?%\})[ \t]*(?:\r?\n|$)/gm;
// `{{< timeline-item year="2014" >}}MSc …{{< /timeline-item >}}`: the year a tag gives its text.
const DATED_TAG =
  /\{\{[<%]\s*[\w-]+[^}\n]*?\b(?:year|date)=["']?((?:19|20)\d\d[^"'\s}]*)["']?[^}\n]*[%>]\}\}/g;

export interface Untagged {
  text: string;
  /** How many tags were taken out. */
  removed: number;
}

// kramdown's attribute lists under a block (`{: .cv-section}`, `{: .lead .text-center}`) and
// its table of contents (`* TOC` over `{:toc}`): styling of the page.
const ATTRIBUTE_LINES = /^[ \t]*(?:[*-][ \t]+TOC[ \t]*\r?\n[ \t]*)?\{:[^}\n]*\}[ \t]*(?:\r?\n|$)/gm;
// "ORCID [{{ site.data.socials.orcid_id }}](https://orcid.org/{{ … }})": a link the site fills
// in, with nothing in it the page states.
const FILLED_LINKS = /\[[^\]\n]*\{\{[^\]\n]*\]\([^)\n]*\)|\{\{[^}\n]*\}\}/g;

/** The page without the template tags that stand on their own lines. */
export function withoutTemplateTags(text: string): Untagged {
  let removed = 0;
  const untagged = text
    .replace(TAG_LINES, () => {
      removed++;
      return '\n';
    })
    .replace(ATTRIBUTE_LINES, () => {
      removed++;
      return '';
    })
    .replace(DATED_TAG, (_tag, year: string) => {
      removed++;
      return `${year} — `;
    })
    .replace(FILLED_LINKS, () => {
      removed++;
      return '';
    });
  return { text: untagged, removed };
}
