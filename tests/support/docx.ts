import JSZip from 'jszip';

/**
 * Builds real Word (.docx) files from WordprocessingML written inline in a test: the package
 * parts Word writes (content types, relationships, styles, numbering) around the body given.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text; `\t` becomes a tab stop and `\f` a page break, as Word stores them. */
export function run(text: string, { bold = false, italic = false } = {}): string {
  const marks = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}`;
  const props = marks ? `<w:rPr>${marks}</w:rPr>` : '';
  const parts = text.split(/([\t\f])/).map((part) => {
    if (part === '\t') return '<w:tab/>';
    if (part === '\f') return '<w:br w:type="page"/>';
    return part === '' ? '' : `<w:t xml:space="preserve">${xmlText(part)}</w:t>`;
  });
  return `<w:r>${props}${parts.join('')}</w:r>`;
}

/** A paragraph of runs (strings are plain runs), in a named style when given. */
export function paragraph(content: string | string[], style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${props}${runsOf(content)}</w:p>`;
}

/** A bulleted list item: a ListParagraph on the one bullet numbering the package defines. */
export function bullet(content: string | string[]): string {
  return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${runsOf(content)}</w:p>`;
}

function runsOf(content: string | string[]): string {
  return (Array.isArray(content) ? content : [content])
    .map((part) => (part.startsWith('<') ? part : run(part)))
    .join('');
}

/** A table of plain-text cells, one paragraph per cell. */
export function table(rows: string[][]): string {
  const cells = (row: string[]) =>
    row.map((cell) => `<w:tc><w:tcPr/>${paragraph(cell)}</w:tc>`).join('');
  return `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

/** A one-row table whose cells each hold whole blocks: a page laid out in columns. */
export function layoutTable(columns: string[][]): string {
  const cells = columns.map((blocks) => `<w:tc><w:tcPr/>${blocks.join('')}</w:tc>`).join('');
  return `<w:tbl><w:tblPr/><w:tr>${cells}</w:tr></w:tbl>`;
}

export interface DocxLink {
  id: string;
  url: string;
}

/** A hyperlink run pointing at relationship `id` (declare it in `docx`'s `links`). */
export function hyperlink(id: string, text: string): string {
  return `<w:hyperlink r:id="${id}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${xmlText(text)}</w:t></w:r></w:hyperlink>`;
}

const STYLES = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'ListParagraph', 'Hyperlink'];

function stylesXml(): string {
  const named = (id: string) => id.replace(/(\D)(\d)/, '$1 $2');
  const styles = STYLES.map((id) => {
    const type = id === 'Hyperlink' ? 'character' : 'paragraph';
    return `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${named(id)}"/></w:style>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles.join('')}</w:styles>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentRels(links: DocxLink[]): string {
  const base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = [
    `<Relationship Id="rStyles" Type="${base}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rNumbering" Type="${base}/numbering" Target="numbering.xml"/>`,
    ...links.map(
      ({ id, url }) =>
        `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${xmlText(url)}" TargetMode="External"/>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

/** A .docx package whose body holds `blocks` (paragraphs and tables) in order. */
export async function docx(blocks: string[], links: DocxLink[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`,
  );
  zip.file('word/styles.xml', stylesXml());
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/_rels/document.xml.rels', documentRels(links));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A ZIP of arbitrary files (an .xlsx, an .odt or a plain archive, by what it holds). */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
