import type { Root, RootContent } from 'mdast';
import type { ContentProblem } from '../shared/problem.ts';

/**
 * Report text is a record, not a web page: it never holds HTML, links, images or link definitions.
 * (structure-ids passes `html` and `definition` nodes over silently; this check is where they stop
 * the build.) Every finding names the line and what to write instead.
 */
export function checkMarkup(displayPath: string, tree: Root): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const visit = (node: RootContent | Root) => {
		const line = 'position' in node ? node.position?.start.line : undefined;
		const report = (ruleId: string, message: string) => problems.push({ file: displayPath, line, ruleId, message });
		switch (node.type) {
			case 'html': {
				const shown = node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value;
				report(
					'raw-html',
					`Report text never holds HTML; found ${JSON.stringify(shown)}. Remove the markup and keep only the words; if the characters < and > belong to the text, write them as &lt; and &gt;.`,
				);
				return;
			}
			case 'link':
			case 'linkReference': {
				const url = node.type === 'link' ? node.url : `[${node.identifier}]`;
				const danger = /^\s*(?:javascript|vbscript|data):/i.test(url) ? ' (a script URL is never allowed anywhere)' : '';
				report('link-in-text', `Report text holds no links; found a link to ${JSON.stringify(url)}${danger}. Remove the [ ](…) markup and keep the link text.`);
				break;
			}
			case 'image':
			case 'imageReference':
				report(
					'link-in-text',
					`Report text holds no images; found ${JSON.stringify(node.type === 'image' ? node.url : node.identifier)}. Remove the ![ ](…) markup.`,
				);
				return;
			case 'definition':
				report('link-in-text', `Report text holds no link definitions; found [${node.identifier}]: ${JSON.stringify(node.url)}. Remove the line.`);
				return;
		}
		if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
	};
	visit(tree);
	return problems;
}
