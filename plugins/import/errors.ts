/** An import failure with a message that names the file, the line and what to do. */
export class ImportError extends Error {
	readonly code: string;
	readonly file: string;
	readonly line: number | undefined;
	constructor(code: string, file: string, message: string, line?: number) {
		super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
		this.name = 'ImportError';
		this.code = code;
		this.file = file;
		this.line = line;
	}
}
