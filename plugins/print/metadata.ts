/**
 * Archive metadata Chromium does not write: document info (title, author, subject, keywords,
 * creator, producer, fixed dates), XMP (Dublin Core + PDF + XMP basic), the catalog /Lang, and page labels (page-labels.ts).
 * Dates are fixed (SOURCE_DATE_EPOCH, else the last commit, else the day the report was delivered) so builds are reproducible.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { DocumentMeta } from './render.ts';
import { buildDate } from '../shared/build-date.ts';
import { setPageLabels } from './page-labels.ts';

export const producer = 'report-press (Paged.js 0.4.3, Chromium, pdf-lib)';

export function fixedDate(meta: Pick<DocumentMeta, 'delivered'>): Date {
	// The build's one date (plugins/archive/build-date.ts): SOURCE_DATE_EPOCH, else the last commit.
	const date = buildDate();
	if (date) return date;
	return new Date(`${meta.delivered || '2000-01-01'}T00:00:00Z`);
}

const xmlEscape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function xmp(meta: DocumentMeta, date: Date): string {
	const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const keywords = meta.keywords.split(/,\s*/).filter(Boolean);
	return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xmlEscape(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag>${keywords.map((keyword) => `<rdf:li>${xmlEscape(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
   <dc:language><rdf:Bag><rdf:li>${xmlEscape(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:identifier>${xmlEscape(`${meta.report}-${meta.edition}`)}</dc:identifier>
   <pdf:Keywords>${xmlEscape(meta.keywords)}</pdf:Keywords>
   <pdf:Producer>${xmlEscape(producer)}</pdf:Producer>
   <xmp:CreatorTool>report-press</xmp:CreatorTool>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Write info + XMP + /Lang into `document` (modified in place). */
export function applyMetadata(document: PDFDocument, meta: DocumentMeta): void {
	const date = fixedDate(meta);
	document.setTitle(meta.title, { showInWindowTitleBar: true });
	document.setAuthor(meta.author);
	document.setSubject(meta.subject);
	document.setKeywords(meta.keywords.split(/,\s*/).filter(Boolean));
	document.setCreator('report-press');
	document.setProducer(producer);
	document.setCreationDate(date);
	document.setModificationDate(date);
	document.setLanguage(meta.language);
	const bytes = new TextEncoder().encode(xmp(meta, date));
	const stream = document.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Length: bytes.length });
	document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
	// A stable file identifier derived from what the file is, not from when it was made.
	const id = PDFString.of(`${meta.report}-${meta.edition}`);
	document.context.trailerInfo.ID = document.context.obj([id, id]);
}

/** Load Chromium's PDF, add metadata and page labels, save without object streams (widest reader support). */
export async function finishPdf(bytes: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
	const document = await PDFDocument.load(bytes, { updateMetadata: false });
	applyMetadata(document, meta);
	setPageLabels(document, meta.firstBodyPage);
	return document.save({ useObjectStreams: false });
}
