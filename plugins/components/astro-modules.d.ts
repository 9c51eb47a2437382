// For tsc, which cannot read .astro files: components imported from .ts modules (components/archive.ts).
// Editors with the Astro language server resolve the real component types instead.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
