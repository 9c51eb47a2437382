// For tsc: the hyphen package ships no types. Only the part print-html.ts uses.
declare module 'hyphen/en-us/index.js' {
	const hyphenEnUs: {
		hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
	};
	export default hyphenEnUs;
}
