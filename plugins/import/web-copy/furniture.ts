/**
 * Page furniture of a web copy: what the page put around the report (toolbars, source and date lines,
 * photo captions, breadcrumbs, footers, a repeat of the opening). Such a line is set aside whole into the
 * ledger with its line number; it never reaches the body and is never dropped without a trace.
 * Only whole lines are furniture: furniture inside a paragraph is reported, never cut out.
 */

/** Lines that are a page control and nothing else, as the 24 provincial pages print them. */
const TOOLBAR = new Set([
	'下载',
	'打印',
	'全屏',
	'收藏',
	'【字号：',
	'【字号:',
	'加大',
	'还原',
	'减小',
	'【',
	'】',
	'【字体：',
	'【字体:',
	'大',
	'中',
	'小',
	'打印本页',
	'关闭窗口',
	'分享：',
	'分享:',
	'分享到：',
	'分享到:',
	'分享到微信',
	'×',
	'|',
	'导航菜单',
	'首页',
	'>',
	'》》点击图片进入专题《《',
]);
/** Labels whose value is printed on the next line (来源: / 四川日报). */
const LABEL_ALONE = /^(来源|发表时间|发布时间|时间|责任编辑|编辑|阅读量|作者)[：:]$/;
/** A label with its value on the same line. */
const LABEL_VALUE = /^(来源|发表时间|发布时间|时间|责任编辑|编辑|作者)[：:]\s*\S.{0,24}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(\s+\d{2}:\d{2}(:\d{2})?)?$|^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}时\d{1,2}分$/;
const BREADCRUMB = /^(当前位置|您的位置|你的位置|所在位置)[：:]/;
/** Footer headings: what follows them is the page's, not the report's. */
const FOOTER = /^(相关报道|相关新闻|相关阅读|相关文档|相关附件|相关链接)\s*[：:>]*$|^扫一扫.{0,12}$/;
/** A related link: a hash id line, then the link text. */
const LINK_ID = /^[0-9a-f]{32}[：:]$/;
/** A photo caption: credit at the end (…记者 张三 摄), or the head caption (…作政府工作报告。). */
const CAPTION_CREDIT = /记者.{0,24}摄$/;
const CAPTION_HEAD = /作政府工作报告。$/;

export interface Furniture {
	/** 0-based line index */
	index: number;
	why: string;
}

const short = (t: string, n: number): boolean => [...t].length <= n && !/[。！？；，]/.test(t);

/**
 * Furniture lines of a page. `head` is true for lines before the salutation (各位代表：), where a caption
 * without a credit (…作政府工作报告。) can only be the photo's.
 */
export function findFurniture(lines: readonly string[], headEnd: number): Furniture[] {
	const out: Furniture[] = [];
	let crumbs = false;
	let valueFor: string | undefined;
	let linkText = false;
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.trim();
		const mark = (why: string): void => {
			out.push({ index: i, why });
		};
		if (t === '') {
			crumbs = false;
			continue;
		}
		if (valueFor !== undefined) {
			const label = valueFor;
			valueFor = undefined;
			if (short(t, 20) && !TOOLBAR.has(t) && !LABEL_ALONE.test(t)) {
				mark(`value of the page's ${label} label`);
				continue;
			}
		}
		if (linkText) {
			linkText = false;
			mark('related-link title in the page footer');
			continue;
		}
		if (BREADCRUMB.test(t)) {
			crumbs = true;
			mark('breadcrumb (where the page sits on its site)');
			continue;
		}
		if (crumbs) {
			if (short(t, 10) && !/报告/.test(t)) {
				mark('breadcrumb (where the page sits on its site)');
				continue;
			}
			crumbs = false;
		}
		if (TOOLBAR.has(t)) {
			mark('page toolbar');
			continue;
		}
		const alone = LABEL_ALONE.exec(t);
		if (alone) {
			valueFor = alone[1]!;
			mark(`page ${alone[1]} label`);
			continue;
		}
		if (LABEL_VALUE.test(t)) {
			mark(`page ${/^[^：:]+/.exec(t)![0]} line`);
			continue;
		}
		if (DATE_TIME.test(t)) {
			mark('page publication date');
			continue;
		}
		if (FOOTER.test(t)) {
			mark('page footer');
			continue;
		}
		if (LINK_ID.test(t)) {
			linkText = true;
			mark('related-link id in the page footer');
			continue;
		}
		if (CAPTION_CREDIT.test(t) && [...t].length <= 120) {
			mark('photo caption');
			continue;
		}
		if (i < headEnd && CAPTION_HEAD.test(t) && [...t].length <= 60) {
			mark('photo caption');
			continue;
		}
	}
	return out;
}

/**
 * A repeat of the opening after the end (pages that print the start again below the footer): a line
 * equal to a head line, or to two or three consecutive opening lines run together.
 */
export function repeatsOpening(line: string, opening: readonly string[]): boolean {
	const t = line.trim();
	if (t === '') return false;
	for (let i = 0; i < opening.length; i++) {
		let joined = '';
		for (let k = i; k < Math.min(opening.length, i + 3); k++) {
			joined += opening[k]!.trim();
			if (joined === t) return true;
		}
	}
	return false;
}

/** Furniture run into a text line (a copy that lost the line break): never cut, always reported. */
export function inlineFurniture(line: string): string | undefined {
	const m =
		/(【字号[：:]|【字体[：:]|来源[：:][^，。；]{1,12}日报|相关报道[：:]|扫一扫在手机|打印本页|关闭窗口|记者\s*\S{1,4}\s*\S{0,4}\s*摄(?=$|[^\u4e00-\u9fff]))/.exec(
			line,
		);
	return m?.[0];
}
