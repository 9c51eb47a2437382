/** A content problem that stops the build: where it is, which rule, and what to do. */
export interface ContentProblem {
	/** Path relative to the project root. */
	file: string;
	/** 1-based line, when the problem has a place. */
	line?: number | undefined;
	ruleId: string;
	message: string;
}

export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.message} [${problem.ruleId}]`;
}
