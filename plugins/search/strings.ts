/** Interface strings of the search page and search box, zh-Hans and English (zh-Hant converted at build time). */
export const searchStrings = {
	title: { zh: '全文搜索', en: 'Search' },
	label: { zh: '搜索报告全文', en: 'Search the reports' },
	placeholder: { zh: '如：新能源汽车、城中村改造', en: 'e.g. urban village, new energy vehicles' },
	submit: { zh: '搜索', en: 'Search' },
	hint: {
		zh: '加引号只找完整短语，如 “城中村改造”。每条结果链接到所在段落。',
		en: 'Put a phrase in quotes to find only that exact phrase, e.g. "urban village". Every result links to its paragraph.',
	},
	filters: { zh: '筛选与排序', en: 'Filter and sort' },
	edition: { zh: '语言版本', en: 'Language edition' },
	year: { zh: '年份', en: 'Year' },
	level: { zh: '级别', en: 'Level' },
	province: { zh: '省（区、市）', en: 'Province' },
	region: { zh: '地区', en: 'Region' },
	part: { zh: '报告部分', en: 'Part of the report' },
	sort: { zh: '排序', en: 'Sort by' },
	sortRelevance: { zh: '相关度', en: 'Relevance' },
	sortDate: { zh: '日期（新→旧）', en: 'Date (newest first)' },
	results: { zh: '搜索结果', en: 'Results' },
	searching: { zh: '正在搜索…', en: 'Searching…' },
	count: { zh: '共找到 {n} 段', en: '{n} results' },
	countOne: { zh: '共找到 1 段', en: '1 result' },
	none: { zh: '没有找到包含 “{q}” 的段落。', en: 'No paragraph matches “{q}”.' },
	empty: { zh: '输入关键词开始搜索。', en: 'Type a word or phrase to search.' },
	exact: { zh: '完整短语', en: 'Exact phrase' },
	more: { zh: '显示更多结果', en: 'Show more results' },
	failed: { zh: '搜索索引无法加载。', en: 'The search index could not be loaded.' },
	noscript: { zh: '搜索需要启用 JavaScript。也可以从报告档案逐篇阅读。', en: 'Search needs JavaScript. You can still browse every report from the archive.' },
	paragraph: { zh: '段', en: 'para.' },
	clearHighlight: { zh: '清除高亮', en: 'Clear highlighting' },
	countAcross: { zh: '按报告统计', en: 'Count across reports' },
	countAcrossHint: { zh: '某个词在每份报告中出现多少段', en: 'how many paragraphs of each report contain a term' },
} satisfies Record<string, { zh: string; en: string }>;

export type SearchStringKey = keyof typeof searchStrings;

/** Interface strings of the page /<lang>/terms/ (a term across the archive); zh-Hant converted at build time. */
export const termStrings = {
	title: { zh: '按报告统计', en: 'Count across reports' },
	intro: {
		zh: '输入一个词或短语，查看每份报告中有多少段包含它（按原文逐字匹配），并逐条列出上下文，链接到所在段落。',
		en: 'Type a word or phrase to see how many paragraphs of each report contain it (the exact wording), with every occurrence in context, linked to its paragraph.',
	},
	label: { zh: '词语或短语', en: 'Word or phrase' },
	placeholder: { zh: '如：新质生产力', en: 'e.g. new quality productive forces' },
	submit: { zh: '统计', en: 'Count' },
	edition: { zh: '语言版本', en: 'Language edition' },
	examples: { zh: '示例：', en: 'Examples:' },
	toSearch: { zh: '在全文搜索中查看', en: 'See in full-text search' },
	counting: { zh: '正在统计…', en: 'Counting…' },
	progress: { zh: '正在核对 {done}/{n} 条候选结果…', en: 'Checking {done} of {n} candidates…' },
	total: {
		zh: '“{q}”：{reports} 份报告中有 {with} 份提及，共 {n} 段（出现 {k} 次）。',
		en: '“{q}”: {n} paragraphs ({k} occurrences) in {with} of the {reports} reports searched.',
	},
	none: { zh: '{reports} 份报告中没有包含 “{q}” 的段落。', en: 'None of the {reports} reports has a paragraph containing “{q}”.' },
	checked: {
		zh: '搜索索引按词给出 {c} 条候选结果，逐字核对后计入 {n} 段（标题不计），用时 {s} 秒。',
		en: 'The search index gave {c} candidates by word; {n} paragraphs contain the exact wording (headings are not counted). {s} s.',
	},
	year: { zh: '{year}年', en: '{year}' },
	yearLine: { zh: '{reports} 份报告中 {with} 份提及，共 {n} 段', en: '{n} paragraphs in {with} of {reports} reports' },
	paragraphs: { zh: '{n} 段', en: '{n} paragraphs' },
	paragraphsOne: { zh: '1 段', en: '1 paragraph' },
	occurrences: { zh: '出现 {k} 次', en: '{k} occurrences' },
	without: { zh: '未提及：', en: 'Not mentioned in: ' },
	notSearched: { zh: '{n} 份报告没有此语言版本，未统计。', en: '{n} reports have no edition in this language and were not counted.' },
	notSearchedOne: { zh: '1 份报告没有此语言版本，未统计。', en: 'One report has no edition in this language and was not counted.' },
	tryOriginal: { zh: '在简体中文原文中统计 “{q}”', en: 'Count “{q}” in the Simplified Chinese original' },
	readReport: { zh: '阅读报告', en: 'Read the report' },
	empty: { zh: '输入词语开始统计。', en: 'Type a word or phrase to count.' },
	failed: { zh: '搜索索引无法加载。', en: 'The search index could not be loaded.' },
	noscript: {
		zh: '统计需要启用 JavaScript（使用站内搜索索引）。也可以从报告档案逐篇阅读。',
		en: 'Counting needs JavaScript (it runs on the site’s search index). You can still browse every report from the archive.',
	},
	results: { zh: '统计结果', en: 'Counts' },
} satisfies Record<string, { zh: string; en: string }>;

export type TermStringKey = keyof typeof termStrings;
